package io.aifashion.notification;

import io.aifashion.kit.boot.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The notification service: turns analysis, palette, recommendation and identity events into inbox
 * entries, WebSocket messages, e-mails and web push, with a delivery log, retries and dead letters.
 */
@SpringBootApplication
public class NotificationApplication {

    public static final String NAME = "notification-service";

    public static SpringApplicationBuilder builder() {
        return ServiceApplication.builder(NotificationApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
