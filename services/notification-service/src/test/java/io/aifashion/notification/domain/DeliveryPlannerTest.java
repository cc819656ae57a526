package io.aifashion.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryPlannerTest {

    static final PushKeys KEYS = new PushKeys(
            Base64.getUrlDecoder().decode("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"),
            Base64.getUrlDecoder().decode("BTBZMqHH6r4Tts7J_aSIgg"));

    final DeliveryPlanner planner = new DeliveryPlanner(true);

    @Test
    void withConsentEveryChannelIsPendingAndEachSubscriptionGetsItsOwnDelivery() {
        Recipient r = new Recipient("u1", "ada@example.com", "Ada", new Consent(true, true));
        List<PushSubscription> subs = List.of(subscription("u1"), subscription("u1"));

        List<PlannedDelivery> plan = planner.plan(NotificationKind.ANALYSIS_READY, r, ChannelPreferences.defaults(),
                subs, null);

        assertThat(plan).extracting(PlannedDelivery::channel, PlannedDelivery::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Channel.WEBSOCKET, DeliveryState.PENDING),
                org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, DeliveryState.PENDING),
                org.assertj.core.groups.Tuple.tuple(Channel.PUSH, DeliveryState.PENDING),
                org.assertj.core.groups.Tuple.tuple(Channel.PUSH, DeliveryState.PENDING));
        assertThat(plan.get(1).address()).isEqualTo("ada@example.com");
        assertThat(plan.subList(2, 4)).extracting(PlannedDelivery::target)
                .containsExactly(subs.get(0).id().toString(), subs.get(1).id().toString());
    }

    @Test
    void withoutConsentEmailAndPushAreSkippedWithTheReasonButTheTabStillHearsOfIt() {
        Recipient r = new Recipient("u1", "ada@example.com", "Ada", Consent.NONE);

        List<PlannedDelivery> plan = planner.plan(NotificationKind.PALETTE_READY, r, ChannelPreferences.defaults(),
                List.of(subscription("u1")), null);

        assertThat(plan.get(0).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(plan.get(1)).extracting(PlannedDelivery::state, PlannedDelivery::reason)
                .containsExactly(DeliveryState.SKIPPED, DeliveryPlanner.NO_CONSENT_EMAIL);
        assertThat(plan.get(2)).extracting(PlannedDelivery::state, PlannedDelivery::reason)
                .containsExactly(DeliveryState.SKIPPED, DeliveryPlanner.NO_CONSENT_PUSH);
    }

    @Test
    void aChannelSwitchedOffForAKindIsSkippedForThatKindOnly() {
        Recipient r = new Recipient("u1", "ada@example.com", null, new Consent(true, false));
        ChannelPreferences prefs = new ChannelPreferences(Map.of(NotificationKind.RECOMMENDATIONS_REFRESHED,
                EnumSet.of(Channel.EMAIL, Channel.WEBSOCKET)));

        List<PlannedDelivery> muted = planner.plan(NotificationKind.RECOMMENDATIONS_REFRESHED, r, prefs, List.of(), null);
        List<PlannedDelivery> other = planner.plan(NotificationKind.ANALYSIS_READY, r, prefs, List.of(), null);

        assertThat(muted.get(0).reason()).isEqualTo(DeliveryPlanner.MUTED);
        assertThat(muted.get(1).reason()).isEqualTo(DeliveryPlanner.MUTED);
        assertThat(other.get(0).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(other.get(1).state()).isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void anUnknownAddressOrNoSubscriptionOrPushOffAreSaidSo() {
        Recipient r = new Recipient("u1", null, null, new Consent(true, true));

        List<PlannedDelivery> plan = planner.plan(NotificationKind.ANALYSIS_READY, r, ChannelPreferences.defaults(),
                List.of(), null);
        List<PlannedDelivery> noPush = new DeliveryPlanner(false).plan(NotificationKind.ANALYSIS_READY, r,
                ChannelPreferences.defaults(), List.of(subscription("u1")), null);

        assertThat(plan.get(1).reason()).isEqualTo(DeliveryPlanner.NO_ADDRESS);
        assertThat(plan.get(2).reason()).isEqualTo(DeliveryPlanner.NO_SUBSCRIPTION);
        assertThat(noPush.get(2).reason()).isEqualTo(DeliveryPlanner.PUSH_OFF);
    }

    @Test
    void securityMessagesGoByEmailOnlyToTheGivenAddressWhateverTheConsent() {
        Recipient r = new Recipient("u1", "old@example.com", null, Consent.NONE);

        List<PlannedDelivery> plan = planner.plan(NotificationKind.PASSWORD_RESET, r, ChannelPreferences.defaults(),
                List.of(subscription("u1")), "new@example.com");

        assertThat(plan).singleElement().extracting(PlannedDelivery::channel, PlannedDelivery::state,
                PlannedDelivery::address).containsExactly(Channel.EMAIL, DeliveryState.PENDING, "new@example.com");
        assertThat(planner.stillAllowed(NotificationKind.PASSWORD_RESET, Channel.EMAIL, r,
                ChannelPreferences.defaults())).isEmpty();
    }

    @Test
    void consentWithdrawnAfterPlanningStopsTheDelivery() {
        Recipient withdrawn = new Recipient("u1", "ada@example.com", null, Consent.NONE);
        assertThat(planner.stillAllowed(NotificationKind.ANALYSIS_READY, Channel.EMAIL, withdrawn,
                ChannelPreferences.defaults())).contains(DeliveryPlanner.NO_CONSENT_EMAIL);
        assertThat(planner.stillAllowed(NotificationKind.ANALYSIS_READY, Channel.WEBSOCKET, withdrawn,
                ChannelPreferences.defaults())).isEmpty();
    }

    static PushSubscription subscription(String user) {
        return new PushSubscription(UUID.randomUUID(), user, URI.create("https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID()),
                KEYS, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
