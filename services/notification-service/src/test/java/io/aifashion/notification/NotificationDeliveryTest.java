package io.aifashion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventType;
import io.aifashion.events.payload.LabColor;
import io.aifashion.events.payload.NamedColor;
import io.aifashion.events.payload.PaletteGenerated;
import io.aifashion.events.payload.RecommendationsRefreshed;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.events.payload.UserDeleted;
import io.aifashion.events.payload.UserNotificationRequested;
import io.aifashion.notification.support.LiveClient;
import io.aifashion.notification.support.Mailbox;
import io.aifashion.notification.support.ServiceTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** From event to person: WebSocket, e-mail and inbox, consent, idempotence, security links, deletion. */
class NotificationDeliveryTest extends ServiceTest {

    @Test
    void anAnalysisReachesEveryOpenTabWithinASecondAndTheMailbox() throws Exception {
        String user = newUser();
        registered(user, true, false);
        try (LiveClient tab1 = connect(user); LiveClient tab2 = connect(user)) {
            tab1.next("connected", PATIENCE);
            tab2.next("connected", PATIENCE);
            // Warm the path once (first Kafka fetch, first templates) so the bound measures a running system.
            publish(palette(user));
            tab1.next("palette-ready", PATIENCE);
            tab2.next("palette-ready", PATIENCE);

            String analysisId = "analysis-" + UUID.randomUUID();
            long uploaded = System.nanoTime();
            UUID eventId = publish(analysis(user, analysisId));

            LiveClient.Message first = tab1.next("analysis-ready", PATIENCE);
            LiveClient.Message second = tab2.next("analysis-ready", PATIENCE);
            // The bound: the open tab hears of the analysis within a second of it being published.
            assertThat(Duration.ofNanos(first.arrivedNanos() - uploaded)).isLessThan(Duration.ofSeconds(1));
            assertThat(Duration.ofNanos(second.arrivedNanos() - uploaded)).isLessThan(Duration.ofSeconds(1));

            JsonNode m = first.json();
            assertThat(m.get("title").asString()).isEqualTo("Your skin-tone analysis is ready");
            assertThat(m.get("body").asString()).contains("6 on the Monk scale", "Warm Autumn");
            assertThat(m.get("data").get("analysisId").asString()).isEqualTo(analysisId);
            assertThat(m.get("data").get("skinHex").asString()).isEqualTo("#a0785a");
            assertThat(Instant.parse(m.get("createdAt").asString())).isBeforeOrEqualTo(Instant.now());
            assertThat(second.json()).isEqualTo(m);
            UUID notificationId = UUID.fromString(m.get("id").asString());
            assertThat(jdbc.sql("select source_event_id from notification where id = :id").param("id", notificationId)
                    .query(UUID.class).single()).isEqualTo(eventId);

            await().atMost(PATIENCE).until(() -> Mailbox.to(addressOf(user)).stream().anyMatch(this::isAnalysisMail));
            MimeMessage mail = Mailbox.to(addressOf(user)).stream().filter(this::isAnalysisMail).findFirst().orElseThrow();
            assertThat(mail.getFrom()[0].toString()).isEqualTo("AI-Fashion <hello@aifashion.test>");
            assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
            String text = Mailbox.part(mail, "text/plain");
            String html = Mailbox.part(mail, "text/html");
            assertThat(text).contains("Hello Ada", "6 on the Monk scale", "#a0785a", "https://app.aifashion.test/")
                    .doesNotContain("<");
            assertThat(html).contains("<h1", "background:#a0785a", "https://app.aifashion.test/notifications/preferences");
            UUID emailDelivery = jdbc.sql("select id from delivery where notification_id = :n and channel = 'email'")
                    .param("n", notificationId).query(UUID.class).single();
            assertThat(mail.getMessageID()).isEqualTo("<" + emailDelivery + "@aifashion.test>");

            await().atMost(PATIENCE).until(() -> "sent".equals(state(notificationId, "email")));
            assertThat(state(notificationId, "websocket")).isEqualTo("sent");
            assertThat(state(notificationId, "push")).isEqualTo("skipped");
            assertThat(jdbc.sql("select detail from delivery where notification_id = :n and channel = 'websocket'")
                    .param("n", notificationId).query(String.class).single()).contains("2 open connection(s)");

            Response inbox = get(user, "/api/v1/notifications");
            assertThat(inbox.body().get("items").get(0).get("id").asString()).isEqualTo(notificationId.toString());
            assertThat(inbox.body().get("items").get(0).get("type").asString()).isEqualTo("analysis-ready");
            assertThat(inbox.body().get("unreadCount").asLong()).isEqualTo(2);
        }
    }

    @Test
    void aRedeliveredEventNeverNotifiesTwice() throws Exception {
        String user = newUser();
        registered(user, true, false);
        EventEnvelope refreshed = codec.wrap(new RecommendationsRefreshed(user, 12, "ials-7", "new palette"),
                Instant.now(), null);
        String topic = EventType.RECOMMENDATIONS_REFRESHED.topic();

        send(refreshed, topic);
        send(refreshed, topic);
        // A later event for the same user on the same partition: once it is applied, so are both copies.
        UUID later = publish(new RecommendationsRefreshed(user, 3, "ials-7", "new likes"));
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                select count(*) from delivery d join notification n on n.id = d.notification_id
                 where n.source_event_id = :e and d.channel = 'email' and d.state = 'sent'
                """).param("e", later).query(Long.class).single() == 1);

        assertThat(jdbc.sql("select count(*) from notification where source_event_id = :e").param("e", refreshed.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from delivery d join notification n on n.id = d.notification_id
                 where n.source_event_id = :e
                """).param("e", refreshed.id()).query(Long.class).single()).isEqualTo(3);
        await().atMost(PATIENCE).until(() -> Mailbox.to(addressOf(user)).size() >= 2);
        List<MimeMessage> mails = Mailbox.to(addressOf(user));
        assertThat(mails).hasSize(2);
        assertThat(mails.stream().map(m -> Mailbox.part(m, "text/plain")))
                .anyMatch(t -> t.contains("12 products")).anyMatch(t -> t.contains("3 products"));
    }

    @Test
    void aPasswordResetLinkIsEmailedWhateverTheConsentAndNeverKept() throws Exception {
        String user = newUser();
        String address = "reset-" + UUID.randomUUID() + "@example.com";
        String link = "https://app.aifashion.test/reset-password?token=S3CR3T-" + UUID.randomUUID();
        try (LiveClient tab = connect(user)) {
            tab.next("connected", PATIENCE);
            publish(new UserNotificationRequested(user, address, "Grace", "password-reset", link,
                    Instant.now().plusSeconds(3600)));

            await().atMost(PATIENCE).until(() -> Mailbox.to(address).size() == 1);
            MimeMessage mail = Mailbox.to(address).getFirst();
            assertThat(mail.getSubject()).isEqualTo("Reset your password");
            assertThat(Mailbox.part(mail, "text/plain")).contains("Hello Grace", link);
            assertThat(Mailbox.part(mail, "text/html")).contains("href=\"" + link + "\"");

            await().atMost(PATIENCE).until(() -> "sent".equals(deliveryState(user, "email")));
            // E-mail only: the link must not travel over the socket or push, and no such delivery exists.
            assertThat(count("delivery", user)).isEqualTo(1);
            // Sent: the link is gone from the database; the inbox only says an e-mail was sent.
            assertThat(jdbc.sql("select count(*) from delivery where secret_url is not null and user_id = :u")
                    .param("u", user).query(Long.class).single()).isZero();
            Response inbox = get(user, "/api/v1/notifications");
            assertThat(inbox.body().get("items").get(0).get("type").asString()).isEqualTo("password-reset");
            assertThat(inbox.body().toString()).doesNotContain("S3CR3T").doesNotContain("reset-password?");
            assertThat(jdbc.sql("select count(*) from notification where user_id = :u and (body like '%S3CR3T%' or data::text like '%S3CR3T%')")
                    .param("u", user).query(Long.class).single()).isZero();
            assertThat(tab.pending()).noneMatch(m -> m.type().equals("password-reset"));
        }
    }

    @Test
    void aLinkThatExpiredBeforeItCouldBeSentIsNotSent() {
        String user = newUser();
        String address = "late-" + UUID.randomUUID() + "@example.com";
        publish(new UserNotificationRequested(user, address, null, "email-verification",
                "https://app.aifashion.test/verify?token=old", Instant.now().minusSeconds(60)));

        await().atMost(PATIENCE).until(() -> count("delivery", user) == 1
                && "expired".equals(deliveryState(user, "email")));
        assertThat(Mailbox.to(address)).isEmpty();
        assertThat(jdbc.sql("select count(*) from delivery where secret_url is not null and user_id = :u")
                .param("u", user).query(Long.class).single()).isZero();
    }

    @Test
    void withoutConsentOnlyTheTabAndTheInboxHearOfIt() throws Exception {
        String user = newUser();
        registered(user, false, false);
        try (LiveClient tab = connect(user)) {
            tab.next("connected", PATIENCE);
            publish(analysis(user, "a-" + UUID.randomUUID()));
            tab.next("analysis-ready", PATIENCE);
        }
        await().atMost(PATIENCE).until(() -> "sent".equals(deliveryState(user, "websocket")));
        assertThat(deliveryState(user, "email")).isEqualTo("skipped");
        assertThat(jdbc.sql("select detail from delivery where user_id = :u and channel = 'email'").param("u", user)
                .query(String.class).single()).isEqualTo("the user has not agreed to e-mails");
        assertThat(deliveryState(user, "push")).isEqualTo("skipped");
        assertThat(Mailbox.to(addressOf(user))).isEmpty();
    }

    @Test
    void anAnonymousAnalysisNotifiesNobody() {
        UUID event = publish(new SkinToneAnalyzed("anon-" + UUID.randomUUID(), null, 4, 0.9, "#c08a6a",
                new LabColor(62, 14, 20), 30, "neutral", null, null, null, Instant.now()));

        await().atMost(PATIENCE).until(() -> jdbc.sql("select count(*) from processed_event where event_id = :e")
                .param("e", event).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select count(*) from notification where source_event_id = :e").param("e", event)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aClosedTabIsNotAnErrorTheInboxKeepsTheNotification() throws Exception {
        String user = newUser();
        registered(user, false, false);
        publish(new RecommendationsRefreshed(user, 4, "ials-7", "new model"));

        await().atMost(PATIENCE).until(() -> count("delivery", user) == 3
                && "skipped".equals(deliveryState(user, "websocket")));
        assertThat(get(user, "/api/v1/notifications").body().get("items").get(0).get("type").asString())
                .isEqualTo("recommendations-refreshed");
        try (LiveClient later = connect(user)) {
            assertThat(later.next("connected", PATIENCE).json().get("data").get("unread").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aDeletedAccountLeavesNothingBehindAndItsTabsAreClosed() throws Exception {
        String user = newUser();
        registered(user, true, true);
        assertThat(call(user, "PUT", "/api/v1/notifications/preferences",
                "{\"channels\":{\"palette-ready\":{\"push\":false}}}").status()).isEqualTo(200);
        assertThat(call(user, "POST", "/api/v1/push/subscriptions", PushBodies.valid(
                WORLD.pushService().endpoint("ok", UUID.randomUUID().toString()))).status()).isEqualTo(201);
        publish(analysis(user, "a-" + UUID.randomUUID()));
        await().atMost(PATIENCE).until(() -> "sent".equals(deliveryState(user, "email")));

        try (LiveClient tab = connect(user)) {
            tab.next("connected", PATIENCE);
            publish(new UserDeleted(user));
            assertThat(tab.awaitClose(PATIENCE)).isEqualTo(1008);
        }
        await().atMost(PATIENCE).until(() -> count("notification", user) == 0);
        for (String table : List.of("notification", "delivery", "push_subscription", "muted_channel", "recipient")) {
            assertThat(count(table, user)).as(table).isZero();
        }
    }

    private String state(UUID notificationId, String channel) {
        return jdbc.sql("select state from delivery where notification_id = :n and channel = :c")
                .param("n", notificationId).param("c", channel).query(String.class).single();
    }

    private boolean isAnalysisMail(MimeMessage m) {
        try {
            return "Your skin-tone analysis is ready".equals(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static SkinToneAnalyzed analysis(String user, String analysisId) {
        return new SkinToneAnalyzed(analysisId, user, 6, 0.92, "#A0785A", new LabColor(55.2, 12.1, 22.4), 18.5,
                "warm", "#3b2a20", "#5a3d2b", "warm-autumn", Instant.now());
    }

    static PaletteGenerated palette(String user) {
        return new PaletteGenerated(user, "analysis-" + UUID.randomUUID(), "warm-autumn", 0.8,
                List.of(new NamedColor("#556b2f", "Dark Olive Green"), new NamedColor("#cc7722", "Ochre")),
                List.of(), List.of(), List.of(), List.of());
    }
}
