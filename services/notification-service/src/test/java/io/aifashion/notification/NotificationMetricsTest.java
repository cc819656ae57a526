package io.aifashion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.notification.support.LiveClient;
import io.aifashion.notification.support.ServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service's business metrics, read from the registry Prometheus scrapes. */
class NotificationMetricsTest extends ServiceTest {

    @Autowired
    MeterRegistry meters;

    double sessions() {
        return meters.get("aifashion.notification.websocket.sessions").gauge().value();
    }

    double sent(String channel) {
        return meters.find("aifashion.notification.sent").tag("channel", channel).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    @Test
    void openTabsAreGaugedAndSentNotificationsCountedByChannel() throws Exception {
        String user = newUser();
        registered(user, false, false);
        double before = sent("websocket");
        double open;
        try (LiveClient tab1 = connect(user); LiveClient tab2 = connect(user)) {
            tab1.next("connected", PATIENCE);
            tab2.next("connected", PATIENCE);
            open = sessions();
            assertThat(open).isGreaterThanOrEqualTo(2);

            publish(NotificationDeliveryTest.palette(user));
            tab1.next("palette-ready", PATIENCE);
            await().atMost(PATIENCE).until(() -> sent("websocket") > before);
        }
        // Closed tabs leave the gauge.
        await().atMost(PATIENCE).until(() -> sessions() <= open - 2);
    }
}
