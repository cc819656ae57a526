package io.aifashion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.events.payload.RecommendationsRefreshed;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.events.payload.LabColor;
import io.aifashion.notification.support.ServiceTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The HTTP API: inbox, read marks, preferences, push subscriptions, data export, and their errors. */
class NotificationApiTest extends ServiceTest {

    @Test
    void theInboxPagesNewestFirstAndCountsUnread() throws Exception {
        String user = newUser();
        for (int i = 1; i <= 5; i++) {
            publish(new RecommendationsRefreshed(user, i, "m", "r" + i));
        }
        await().atMost(PATIENCE).until(() -> count("notification", user) == 5);

        List<Long> counts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = get(user, "/api/v1/notifications?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().get("unreadCount").asLong()).isEqualTo(5);
            page.body().get("items").forEach(item -> counts.add(item.get("data").get("count").asLong()));
            JsonNode next = page.body().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(counts).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void markingReadIsIdempotentAndOnlyForTheOwner() throws Exception {
        String user = newUser();
        publish(new RecommendationsRefreshed(user, 2, "m", "r"));
        await().atMost(PATIENCE).until(() -> count("notification", user) == 1);
        String id = get(user, "/api/v1/notifications").body().get("items").get(0).get("id").asString();

        Response first = call(user, "POST", "/api/v1/notifications/" + id + "/read", null);
        Response again = call(user, "POST", "/api/v1/notifications/" + id + "/read", null);
        Response stranger = call(newUser(), "POST", "/api/v1/notifications/" + id + "/read", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("readAt").isNull()).isFalse();
        assertThat(again.body().get("readAt").asString()).isEqualTo(first.body().get("readAt").asString());
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(get(user, "/api/v1/notifications").body().get("unreadCount").asLong()).isZero();
        assertThat(get(user, "/api/v1/notifications?unread=true").body().get("items")).isEmpty();
    }

    @Test
    void badInboxRequestsNameTheField() throws Exception {
        String user = newUser();
        assertField(get(user, "/api/v1/notifications?limit=0"), "limit");
        assertField(get(user, "/api/v1/notifications?limit=101"), "limit");
        assertField(get(user, "/api/v1/notifications?limit=ten"), "limit");
        assertField(get(user, "/api/v1/notifications?cursor=bm9wZQ"), "cursor");
        assertField(call(user, "POST", "/api/v1/notifications/not-a-uuid/read", null), "id");
        assertThat(get(null, "/api/v1/notifications").status()).isEqualTo(401);
    }

    @Test
    void preferencesAreReplacedAndBadOnesChangeNothing() throws Exception {
        String user = newUser();
        JsonNode defaults = get(user, "/api/v1/notifications/preferences").body();
        assertThat(defaults.get("channels").get("analysis-ready").get("email").asBoolean()).isTrue();
        assertThat(defaults.get("channels").has("password-reset")).isFalse();
        assertThat(defaults.get("consent").get("email").asBoolean()).isFalse();
        assertThat(defaults.get("pushAvailable").asBoolean()).isTrue();

        Response put = call(user, "PUT", "/api/v1/notifications/preferences",
                "{\"channels\":{\"analysis-ready\":{\"email\":false,\"push\":false},\"palette-ready\":{\"websocket\":true}}}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body().get("channels").get("analysis-ready").get("email").asBoolean()).isFalse();
        assertThat(put.body().get("channels").get("analysis-ready").get("push").asBoolean()).isFalse();
        assertThat(put.body().get("channels").get("analysis-ready").get("websocket").asBoolean()).isTrue();
        assertThat(put.body().get("channels").get("palette-ready").get("email").asBoolean()).isTrue();

        assertField(call(user, "PUT", "/api/v1/notifications/preferences", "{\"channels\":{\"nope\":{}}}"),
                "channels.nope");
        assertField(call(user, "PUT", "/api/v1/notifications/preferences",
                "{\"channels\":{\"password-reset\":{\"email\":false}}}"), "channels.password-reset");
        assertField(call(user, "PUT", "/api/v1/notifications/preferences",
                "{\"channels\":{\"analysis-ready\":{\"sms\":true}}}"), "channels.analysis-ready.sms");
        assertField(call(user, "PUT", "/api/v1/notifications/preferences",
                "{\"channels\":{\"analysis-ready\":{\"email\":null}}}"), "channels.analysis-ready.email");
        assertField(call(user, "PUT", "/api/v1/notifications/preferences", "{}"), "channels");

        JsonNode after = get(user, "/api/v1/notifications/preferences").body();
        assertThat(after.get("channels")).isEqualTo(put.body().get("channels"));
    }

    @Test
    void aChannelSwitchedOffIsSkippedEvenWithConsent() throws Exception {
        String user = newUser();
        registered(user, true, false);
        call(user, "PUT", "/api/v1/notifications/preferences", "{\"channels\":{\"analysis-ready\":{\"email\":false}}}");

        publish(new SkinToneAnalyzed("a-" + UUID.randomUUID(), user, 2, 0.9, "#f0d0c0", new LabColor(80, 8, 12),
                55, "cool", null, null, null, Instant.now()));

        await().atMost(PATIENCE).until(() -> count("delivery", user) == 3);
        assertThat(deliveryState(user, "email")).isEqualTo("skipped");
        assertThat(jdbc.sql("select detail from delivery where user_id = :u and channel = 'email'").param("u", user)
                .query(String.class).single()).isEqualTo("switched off in the user's notification preferences");
    }

    @Test
    void pushSubscriptionsAreValidatedStoredOncePerEndpointAndRemovable() throws Exception {
        String user = newUser();
        PushBodies.Browser browser = PushBodies.browser();
        String endpoint = WORLD.pushService().endpoint("ok", UUID.randomUUID().toString());

        assertThat(get(null, "/api/v1/push/vapid-public-key").body().get("publicKey").asString())
                .isEqualTo(WORLD.vapidPublicKey());
        assertField(call(user, "POST", "/api/v1/push/subscriptions", browser.body("https://169.254.169.254/x")),
                "endpoint");
        assertField(call(user, "POST", "/api/v1/push/subscriptions", browser.body("ftp://127.0.0.1/x")), "endpoint");
        assertField(call(user, "POST", "/api/v1/push/subscriptions", PushBodies.body(endpoint, "%%%", PushBodies.b64(browser.auth()))),
                "keys.p256dh");
        byte[] offCurve = browser.p256dh().clone();
        offCurve[64] ^= 1;
        assertField(call(user, "POST", "/api/v1/push/subscriptions",
                PushBodies.body(endpoint, PushBodies.b64(offCurve), PushBodies.b64(browser.auth()))), "keys.p256dh");
        assertField(call(user, "POST", "/api/v1/push/subscriptions",
                PushBodies.body(endpoint, PushBodies.b64(browser.p256dh()), PushBodies.b64(new byte[5]))), "keys.auth");
        assertField(call(user, "POST", "/api/v1/push/subscriptions", "{\"endpoint\":\"" + endpoint + "\"}"), "keys");
        assertThat(get(user, "/api/v1/push/subscriptions").body()).isEmpty();

        Response created = call(user, "POST", "/api/v1/push/subscriptions", browser.body(endpoint));
        Response again = call(user, "POST", "/api/v1/push/subscriptions", browser.body(endpoint));
        assertThat(created.status()).isEqualTo(201);
        assertThat(again.body().get("id")).isEqualTo(created.body().get("id"));
        assertThat(get(user, "/api/v1/push/subscriptions").body()).hasSize(1);

        String id = created.body().get("id").asString();
        assertThat(call(newUser(), "DELETE", "/api/v1/push/subscriptions/" + id, null).status()).isEqualTo(404);
        assertThat(call(user, "DELETE", "/api/v1/push/subscriptions/" + id, null).status()).isEqualTo(204);
        assertThat(call(user, "DELETE", "/api/v1/push/subscriptions/" + id, null).status()).isEqualTo(404);
        assertThat(get(user, "/api/v1/push/subscriptions").body()).isEmpty();
    }

    @Test
    void theDataExportHoldsInboxDeliveriesSubscriptionsAndSettings() throws Exception {
        String user = newUser();
        registered(user, true, true);
        call(user, "POST", "/api/v1/push/subscriptions",
                PushBodies.valid(WORLD.pushService().endpoint("ok", UUID.randomUUID().toString())));
        publish(new RecommendationsRefreshed(user, 7, "m", "r"));
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                "select count(*) from delivery where user_id = :u and state in ('sent', 'skipped')")
                .param("u", user).query(Long.class).single() == 3);

        JsonNode export = get(user, "/internal/privacy/export").body();

        assertThat(export.get("userId").asString()).isEqualTo(user);
        JsonNode data = export.get("data");
        assertThat(data.get("notifications")).hasSize(1);
        assertThat(data.get("notification-deliveries")).hasSize(3);
        assertThat(data.get("push-subscriptions")).hasSize(1);
        assertThat(data.get("push-subscriptions").get(0).has("p256dh")).isFalse();
        assertThat(data.get("notification-settings").get("email").asString()).isEqualTo(addressOf(user));
        assertThat(data.get("notification-settings").get("consent").get("push").asBoolean()).isTrue();
    }

    private static void assertField(Response r, String field) {
        assertThat(r.status()).as(r.body() == null ? "" : r.body().toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains(field);
    }
}
