package io.aifashion.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventType;
import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.events.payload.UserDeleted;
import io.aifashion.imaging.application.PurgeExpired;
import io.aifashion.imaging.domain.ConsentRegistry;
import io.aifashion.imaging.domain.PhotoCopy;
import io.aifashion.imaging.domain.PhotoVault;
import io.aifashion.imaging.support.Multipart;
import io.aifashion.imaging.support.Photos;
import io.aifashion.imaging.support.ServiceTest;
import io.aifashion.kit.events.EventPublisher;
import io.aifashion.kit.support.EmbeddedInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** The analysis API end to end: results, retakes, bad input, history, privacy, consent, purges. */
class AnalysisApiTest extends ServiceTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @Autowired
    EventPublisher events;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PhotoVault vault;
    @Autowired
    ConsentRegistry consents;
    @Autowired
    PurgeExpired purgeExpired;

    @Test
    void aRealFacePhotoGivesACompleteResultAndASkinToneAnalyzedEvent() throws Exception {
        byte[] face = Photos.face();
        String user = "user-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(EventType.SKIN_TONE_ANALYZED.topic()));
            consumer.poll(Duration.ofMillis(200));

            HttpResponse<byte[]> r = upload(Multipart.image("portrait.jpg", "image/jpeg", face), token(user));
            JsonNode a = created(r);
            String id = a.get("id").asString();
            assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/analyses/" + id);
            assertThat(a.get("width").asInt()).isEqualTo(450);
            assertThat(a.get("height").asInt()).isEqualTo(550);
            assertThat(a.get("retake").isNull()).as(a.toString()).isTrue();
            assertThat(a.get("reportUrl").asString()).isEqualTo("/api/v1/analyses/" + id + "/report.png");
            assertThat(a.get("timings").get("total").asDouble()).isPositive();
            assertThat(a.get("illuminant").get("cct").asDouble()).isBetween(1000.0, 15000.0);

            JsonNode f = a.get("faces").get(0);
            assertThat(f.get("box").get("width").asInt()).isGreaterThan(60);
            assertThat(f.get("monkTone").asInt()).isBetween(1, 10);
            assertThat(f.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(f.get("deltaE").asDouble()).isGreaterThanOrEqualTo(0.0);
            assertThat(f.get("skinHex").asString()).matches("#[0-9a-f]{6}");
            assertThat(f.get("skinLab").get("l").asDouble()).isBetween(0.0, 100.0);
            assertThat(f.get("itaCategory").asString()).isIn("very-light", "light", "intermediate", "tan", "brown", "dark");
            assertThat(f.get("fitzpatrick").asString()).isIn("I", "II", "III", "IV", "V", "VI");
            assertThat(f.get("undertone").get("type").asString()).isIn("warm", "cool", "neutral", "olive");
            assertThat(f.get("season").asString()).matches("[a-z]+-[a-z]+");
            assertThat(f.get("seasonConfidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(f.get("maskCoverage").asDouble()).isPositive();
            assertThat(f.get("dominantColors").size()).isPositive();
            assertThat(f.get("contrast").asString()).isIn("low", "medium", "high", "unknown");
            assertThat(f.get("retake").isNull()).isTrue();

            SkinToneAnalyzed event = awaitEvent(consumer, id);
            assertThat(event.userId()).isEqualTo(user);
            assertThat(event.monkTone()).isEqualTo(f.get("monkTone").asInt());
            assertThat(event.skinHex()).isEqualTo(f.get("skinHex").asString());
            assertThat(event.season()).isEqualTo(f.get("season").asString());
            assertThat(event.undertone()).isEqualTo(f.get("undertone").get("type").asString());

            JsonNode again = ok(get("/api/v1/analyses/" + id, token(user)));
            assertThat(again.get("faces").get(0).get("skinHex").asString()).isEqualTo(f.get("skinHex").asString());
            assertThat(again.get("createdAt").asString()).isEqualTo(a.get("createdAt").asString());

            HttpResponse<byte[]> report = get("/api/v1/analyses/" + id + "/report.png", token(user));
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(report.headers().firstValue("X-Report-Kind")).hasValue("swatches");
            assertThat(report.body()).startsWith(PNG_MAGIC);
        }
    }

    @Test
    void aPhotoWithoutAFaceIsARetakeAnswerWithNoEvent() throws Exception {
        int outbox = rows("outbox_event");
        JsonNode a = created(upload(Multipart.image("wall.png", "image/png", Photos.png(320, 240)), null));
        assertThat(a.get("retake").get("reason").asString()).isEqualTo("no-face");
        assertThat(a.get("retake").get("message").asString()).isNotBlank();
        assertThat(a.get("faces").size()).isZero();
        assertThat(a.get("warnings").get(0).get("code").asString()).isEqualTo("no-face");
        assertThat(rows("outbox_event")).as("no SkinToneAnalyzed for a retake").isEqualTo(outbox);

        // An anonymous analysis is readable by whoever holds its id, and has a (swatch) report.
        String id = a.get("id").asString();
        assertThat(ok(get("/api/v1/analyses/" + id, null)).get("retake").get("reason").asString()).isEqualTo("no-face");
        HttpResponse<byte[]> report = get("/api/v1/analyses/" + id + "/report.png", null);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).startsWith(PNG_MAGIC);
    }

    @Test
    void withoutFaceDetectionTheWholePictureIsMeasured() throws Exception {
        JsonNode a = created(upload(Multipart.image("patch.png", "image/png", Photos.png(200, 200))
                .field("faceDetection", "false"), null));
        assertThat(a.get("faces").size()).isEqualTo(1);
        assertThat(a.get("faces").get(0).get("detector").asString()).isEqualTo("none");
        assertThat(a.get("faces").get(0).get("box").get("width").asInt()).isEqualTo(200);
    }

    record Bad(String name, String file, String type, byte[] data, int status, String slug, String reason) {
    }

    @Test
    void badInputIsASpecific4xxProblemAndChangesNothing() throws Exception {
        byte[] jpeg = Photos.jpeg(240, 180);
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        byte[] text = "All work and no play makes Jack a dull boy.\n".repeat(140_000).getBytes(StandardCharsets.US_ASCII);
        List<Bad> corpus = List.of(
                new Bad("zero bytes", "empty.jpg", "image/jpeg", new byte[0], 400, "unreadable-image", "empty"),
                new Bad("truncated JPEG", "cut.jpg", "image/jpeg", Photos.prefix(jpeg, jpeg.length * 6 / 10), 400,
                        "unreadable-image", "truncated"),
                new Bad("PDF named .jpg", "photo.jpg", "image/jpeg",
                        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                                .getBytes(StandardCharsets.US_ASCII), 415, "unsupported-media-type", "unsupported-format"),
                new Bad("30000 x 30000 PNG header", "bomb.png", "image/png", Photos.pngHeaderClaiming(30_000, 30_000),
                        422, "unprocessable-image", "too-many-pixels"),
                new Bad("random bytes", "noise.jpg", "image/jpeg", random, 415, "unsupported-media-type",
                        "unsupported-format"),
                new Bad("a 6 MB text file", "novel.txt", "text/plain", text, 415, "unsupported-media-type",
                        "unsupported-format"),
                new Bad("a GIF", "anim.gif", "image/gif", "GIF89a\1\0\1\0\0\0\0;".getBytes(StandardCharsets.ISO_8859_1),
                        415, "unsupported-media-type", "unsupported-format"),
                new Bad("text declared as PNG", "fake.png", "image/png", "hello".getBytes(StandardCharsets.US_ASCII),
                        415, "unsupported-media-type", "unsupported-format"));
        String user = "user-" + UUID.randomUUID();
        for (Bad bad : corpus) {
            int analyses = rows("analysis");
            int outbox = rows("outbox_event");
            int cached = cachedResults();
            JsonNode p = problem(upload(Multipart.image(bad.file(), bad.type(), bad.data()), token(user)), bad.status(),
                    bad.slug());
            assertThat(p.get("reason").asString()).as(bad.name()).isEqualTo(bad.reason());
            assertThat(p.get("instance").asString()).isEqualTo("/api/v1/analyses");
            assertThat(rows("analysis")).as(bad.name() + ": nothing stored").isEqualTo(analyses);
            assertThat(rows("outbox_event")).as(bad.name() + ": no event").isEqualTo(outbox);
            assertThat(cachedResults()).as(bad.name() + ": nothing cached").isEqualTo(cached);
        }
        // The service keeps serving.
        assertThat(created(upload(Multipart.image("ok.png", "image/png", Photos.png(64, 48)), null)).get("id")).isNotNull();
    }

    @Test
    void theBytesDecideNotTheDeclaredType() throws Exception {
        JsonNode a = created(upload(Multipart.image("notes.txt", "text/plain", Photos.png(120, 90)), null));
        assertThat(a.get("mediaType").asString()).isEqualTo("image/png");
    }

    @Test
    void malformedRequestsAreProblemsToo() throws Exception {
        int analyses = rows("analysis");
        JsonNode missing = problem(upload(new Multipart().field("photo", "x"), null), 400, "validation-error");
        assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("image");

        problem(raw("POST", "/api/v1/analyses", "application/json", "{\"image\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                null), 415, "unsupported-media-type");
        problem(raw("POST", "/api/v1/analyses", "image/jpeg", Photos.jpeg(32, 32), null), 415, "unsupported-media-type");
        problem(raw("POST", "/api/v1/analyses", "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\"\r\n\r\nno closing boundary"
                        .getBytes(StandardCharsets.US_ASCII), null), 400, "malformed-multipart");

        JsonNode flag = problem(upload(Multipart.image("a.png", "image/png", Photos.png(32, 32))
                .field("faceDetection", "maybe"), null), 400, "validation-error");
        assertThat(flag.get("errors").get(0).get("field").asString()).isEqualTo("faceDetection");

        byte[] huge = new byte[21 * 1024 * 1024];
        new Random(3).nextBytes(huge);
        JsonNode tooBig = problem(upload(Multipart.image("huge.jpg", "image/jpeg", huge), null), 413, "payload-too-large");
        assertThat(tooBig.get("detail").asString()).contains("20 MB");
        assertThat(rows("analysis")).isEqualTo(analyses);
    }

    @Test
    void historyIsPaginatedNewestFirstAndPrivate() throws Exception {
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        byte[] photo = Photos.png(100 + new Random().nextInt(50), 80);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(created(upload(Multipart.image("p.png", "image/png", photo), token(alice))).get("id").asString());
        }
        assertThat(Set.copyOf(ids)).as("a cache hit is still a new analysis").hasSize(5);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok(get("/api/v1/analyses?mine&limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    token(alice)));
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(ids.reversed());

        problem(get("/api/v1/analyses?mine", null), 401, "authentication-required");
        problem(get("/api/v1/analyses", token(alice)), 400, "validation-error");
        problem(get("/api/v1/analyses?mine&limit=0", token(alice)), 400, "validation-error");
        problem(get("/api/v1/analyses?mine&limit=101", token(alice)), 400, "validation-error");
        problem(get("/api/v1/analyses?mine&cursor=bm9wZQ", token(alice)), 400, "validation-error");

        // Another user's analysis does not exist as far as anyone else can tell.
        String first = ids.get(0);
        problem(get("/api/v1/analyses/" + first, token(bob)), 404, "not-found");
        problem(get("/api/v1/analyses/" + first, null), 404, "not-found");
        problem(get("/api/v1/analyses/" + first + "/report.png", token(bob)), 404, "not-found");
        problem(delete("/api/v1/analyses/" + first, token(bob)), 404, "not-found");
        assertThat(ok(get("/api/v1/analyses?mine", token(bob))).get("items").size()).isZero();
        problem(get("/api/v1/analyses/" + UUID.randomUUID(), token(alice)), 404, "not-found");
        problem(get("/api/v1/analyses/not-a-uuid", token(alice)), 400, "validation-error");
    }

    @Test
    void theSamePhotoAgainIsServedFromTheCacheAsANewAnalysisWithItsOwnEvent() throws Exception {
        byte[] face = Photos.face();
        String user = "user-" + UUID.randomUUID();
        double hits = cacheHits();
        JsonNode first = created(upload(Multipart.image("a.jpg", "image/jpeg", face), token(user)));
        JsonNode second = created(upload(Multipart.image("b.jpg", "image/jpeg", face), token(user)));
        assertThat(cacheHits()).isGreaterThan(hits);
        assertThat(second.get("id").asString()).isNotEqualTo(first.get("id").asString());
        assertThat(second.get("faces").get(0).get("skinHex")).isEqualTo(first.get("faces").get(0).get("skinHex"));
        assertThat(jdbc.sql("select count(*) from outbox_event where event_type = 'SkinToneAnalyzed' and event_key = :u")
                .param("u", user).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theOwnerDeletesAnAnalysis() throws Exception {
        String user = "user-" + UUID.randomUUID();
        byte[] photo = Photos.png(77, 55);
        String id = created(upload(Multipart.image("p.png", "image/png", photo), token(user))).get("id").asString();
        String key = jdbc.sql("select content_key from analysis where id = :id").param("id", UUID.fromString(id))
                .query(String.class).single();
        assertThat(redis.hasKey("imaging:result:" + key)).isTrue();

        problem(delete("/api/v1/analyses/" + id, null), 401, "authentication-required");
        assertThat(delete("/api/v1/analyses/" + id, token(user)).statusCode()).isEqualTo(204);
        problem(get("/api/v1/analyses/" + id, token(user)), 404, "not-found");
        problem(delete("/api/v1/analyses/" + id, token(user)), 404, "not-found");
        assertThat(redis.hasKey("imaging:result:" + key)).as("the cached copy goes too").isFalse();
    }

    @Test
    void withConsentThePhotoIsKeptEncryptedWithoutMetadataUntilConsentIsWithdrawn() throws Exception {
        byte[] face = Photos.withGpsExif(Photos.face());
        String user = "user-" + UUID.randomUUID();
        events.publish(preferences(user, true));
        await().atMost(Duration.ofSeconds(60)).until(() -> consents.storesPhotos(user));

        String id = created(upload(Multipart.image("gps.jpg", "image/jpeg", face), token(user))).get("id").asString();
        UUID analysis = UUID.fromString(id);
        record Row(byte[] photo, byte[] report, Instant storedAt, Instant expiresAt) {
        }
        Row row = jdbc.sql("select photo, report, stored_at, expires_at from kept_photo where analysis_id = :id")
                .param("id", analysis).query((rs, i) -> new Row(rs.getBytes(1), rs.getBytes(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant())).single();
        assertThat(Duration.between(row.storedAt(), row.expiresAt())).isEqualTo(Duration.ofDays(30));
        assertThat(Photos.contains(row.photo(), "JFIF")).as("the photo is encrypted at rest").isFalse();
        assertThat(Photos.contains(row.photo(), "GPSLatitude")).isFalse();
        assertThat(Photos.contains(row.report(), "IHDR")).as("the report is encrypted at rest").isFalse();

        PhotoCopy kept = vault.photo(analysis).orElseThrow();
        assertThat(kept.image()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(Photos.contains(kept.image(), "JFIF")).as("a JPEG, re-encoded").isTrue();
        assertThat(Photos.contains(kept.image(), "GPSLatitude")).as("no GPS position kept").isFalse();
        assertThat(Photos.contains(kept.image(), "Exif")).as("no EXIF kept").isFalse();
        assertThat(kept.width()).isEqualTo(450);

        HttpResponse<byte[]> report = get("/api/v1/analyses/" + id + "/report.png", token(user));
        assertThat(report.headers().firstValue("X-Report-Kind")).hasValue("full");
        assertThat(report.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(report.body()).startsWith(PNG_MAGIC);

        JsonNode export = ok(get("/internal/privacy/export", token(user))).get("data");
        assertThat(export.get("analyses").size()).isEqualTo(1);
        assertThat(export.get("keptPhotos").get("consentStorePhotos").asBoolean()).isTrue();
        assertThat(export.get("keptPhotos").get("photos").get(0).get("analysisId").asString()).isEqualTo(id);

        events.publish(preferences(user, false));
        await().atMost(Duration.ofSeconds(60)).until(() -> keptPhotos(user) == 0);
        assertThat(get("/api/v1/analyses/" + id + "/report.png", token(user)).headers().firstValue("X-Report-Kind"))
                .hasValue("swatches");
        assertThat(ok(get("/api/v1/analyses/" + id, token(user))).get("id").asString())
                .as("the derived colours stay").isEqualTo(id);
    }

    @Test
    void aRetakeIsNotKeptEvenWithConsent() throws Exception {
        String user = "user-" + UUID.randomUUID();
        consents.record(user, true, Instant.now());
        JsonNode a = created(upload(Multipart.image("wall.png", "image/png", Photos.png(300, 200)), token(user)));
        assertThat(a.get("retake").get("reason").asString()).isEqualTo("no-face");
        assertThat(keptPhotos(user)).isZero();
    }

    @Test
    void userDeletedPurgesAnalysesPhotosConsentAndCachedResults() throws Exception {
        byte[] face = Photos.face();
        String user = "user-" + UUID.randomUUID();
        consents.record(user, true, Instant.now());
        String kept = created(upload(Multipart.image("a.jpg", "image/jpeg", face), token(user))).get("id").asString();
        byte[] wall = Photos.png(90, 70);
        created(upload(Multipart.image("b.png", "image/png", wall), token(user)));
        assertThat(keptPhotos(user)).isEqualTo(1);
        List<String> keys = jdbc.sql("select content_key from analysis where user_id = :u").param("u", user)
                .query(String.class).list();
        assertThat(keys).hasSize(2);

        events.publish(new UserDeleted(user));
        await().atMost(Duration.ofSeconds(60)).until(() -> analysesOf(user) == 0);
        assertThat(keptPhotos(user)).isZero();
        assertThat(consents.storesPhotos(user)).isFalse();
        assertThat(jdbc.sql("select count(*) from photo_consent where user_id = :u").param("u", user)
                .query(Integer.class).single()).isZero();
        keys.forEach(k -> assertThat(redis.hasKey("imaging:result:" + k)).isFalse());
        problem(get("/api/v1/analyses/" + kept, token(user)), 404, "not-found");
    }

    @Test
    void theRetentionPurgeDeletesExpiredPhotosAndOldAnonymousAnalyses() throws Exception {
        String user = "user-" + UUID.randomUUID();
        consents.record(user, true, Instant.now());
        String kept = created(upload(Multipart.image("a.jpg", "image/jpeg", Photos.face()), token(user)))
                .get("id").asString();
        String anonymous = created(upload(Multipart.image("w.png", "image/png", Photos.png(81, 61)), null))
                .get("id").asString();
        String recent = created(upload(Multipart.image("w.png", "image/png", Photos.png(82, 61)), null))
                .get("id").asString();
        jdbc.sql("update kept_photo set expires_at = now() - interval '1 minute' where analysis_id = :id")
                .param("id", UUID.fromString(kept)).update();
        jdbc.sql("update analysis set created_at = now() - interval '31 days' where id = :id")
                .param("id", UUID.fromString(anonymous)).update();

        PurgeExpired.Purged purged = purgeExpired.run();
        assertThat(purged.photos()).isGreaterThanOrEqualTo(1);
        assertThat(keptPhotos(user)).isZero();
        problem(get("/api/v1/analyses/" + anonymous, null), 404, "not-found");
        ok(get("/api/v1/analyses/" + recent, null));
        assertThat(ok(get("/api/v1/analyses/" + kept, token(user))).get("id").asString())
                .as("the owner's derived colours stay").isEqualTo(kept);
    }

    static PreferencesChanged preferences(String user, boolean storePhotos) {
        return new PreferencesChanged(user, null, List.of(), null, null, null, List.of(), List.of(), List.of(),
                storePhotos, false, false);
    }

    int keptPhotos(String user) {
        return jdbc.sql("select count(*) from kept_photo where user_id = :u").param("u", user).query(Integer.class).single();
    }

    int analysesOf(String user) {
        return jdbc.sql("select count(*) from analysis where user_id = :u").param("u", user).query(Integer.class).single();
    }

    int cachedResults() {
        Set<String> keys = redis.keys("imaging:result:*");
        return keys == null ? 0 : keys.size();
    }

    double cacheHits() {
        return Optional.ofNullable(meters.find("aifashion.imaging.cache").tag("outcome", "hit").counter())
                .map(c -> c.count()).orElse(0.0);
    }

    SkinToneAnalyzed awaitEvent(KafkaConsumer<String, String> consumer, String analysisId) {
        EventCodec codec = new EventCodec();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                EventEnvelope env = codec.fromJson(record.value());
                SkinToneAnalyzed e = codec.payload(env, SkinToneAnalyzed.class);
                if (e.analysisId().equals(analysisId)) {
                    assertThat(record.key()).isEqualTo(e.partitionKey());
                    return e;
                }
            }
        }
        throw new AssertionError("no SkinToneAnalyzed event for analysis " + analysisId);
    }

    static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.get().kafka().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(p);
    }
}
