package io.aifashion.notification.infrastructure;

import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notification service's settings ({@code aifashion.notification.*}).
 *
 * @param pollInterval how often idle dispatchers look for due deliveries (a new delivery wakes them at once)
 * @param appUrl       the web app's public URL, for links in e-mails
 * @param mail         e-mail settings (the SMTP server itself is {@code spring.mail.*})
 * @param retry        back-off per channel
 * @param websocket    WebSocket settings
 */
@ConfigurationProperties("aifashion.notification")
public record NotificationProperties(Duration pollInterval, String appUrl, Mail mail, Retry retry,
                                     WebSocket websocket) {

    public NotificationProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        appUrl = appUrl == null || appUrl.isBlank() ? "http://localhost:8080" : appUrl.strip();
        mail = mail == null ? new Mail(null, null) : mail;
        retry = retry == null ? new Retry(null, null) : retry;
        websocket = websocket == null ? new WebSocket(null, 0, null) : websocket;
    }

    /**
     * @param from    the From address
     * @param dropDir with no SMTP host configured, write e-mails as .eml files here instead (for development)
     */
    public record Mail(String from, Path dropDir) {
        public Mail {
            from = from == null || from.isBlank() ? "AI-Fashion <no-reply@aifashion.local>" : from.strip();
        }
    }

    /** Exponential back-off for e-mail and push (WebSocket is tried once: a closed tab has the inbox). */
    public record Retry(Backoff email, Backoff push) {
        public Retry {
            // SMTP outages can last hours: 15 attempts from 5 s, capped at 30 min, span about 3.2 hours.
            email = Backoff.orDefault(email, new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30), 15));
            // Push services are highly available; 8 attempts from 5 s, capped at 10 min, span about 11 minutes.
            push = Backoff.orDefault(push, new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), 8));
        }

        public Map<Channel, RetryPolicy> policies() {
            Map<Channel, RetryPolicy> m = new EnumMap<>(Channel.class);
            m.put(Channel.WEBSOCKET, new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
            m.put(Channel.EMAIL, email.policy());
            m.put(Channel.PUSH, push.policy());
            return m;
        }
    }

    public record Backoff(Duration base, Duration max, Integer maxAttempts) {
        static Backoff orDefault(Backoff given, Backoff fallback) {
            if (given == null) {
                return fallback;
            }
            return new Backoff(given.base == null ? fallback.base : given.base,
                    given.max == null ? fallback.max : given.max,
                    given.maxAttempts == null ? fallback.maxAttempts : given.maxAttempts);
        }

        RetryPolicy policy() {
            return new RetryPolicy(base, max, maxAttempts);
        }
    }

    /**
     * @param allowedOrigins     Origin patterns allowed to connect; {@code *} by default, since the
     *                           connection is authenticated by a token, not a cookie, so a foreign
     *                           page cannot ride on a signed-in user's session
     * @param maxSessionsPerUser open connections per user before the oldest is closed
     * @param sweepInterval      how often expired connections are closed and the rest pinged
     */
    public record WebSocket(List<String> allowedOrigins, int maxSessionsPerUser, Duration sweepInterval) {
        public WebSocket {
            allowedOrigins = allowedOrigins == null || allowedOrigins.isEmpty() ? List.of("*")
                    : List.copyOf(allowedOrigins);
            maxSessionsPerUser = maxSessionsPerUser <= 0 ? 10 : maxSessionsPerUser;
            sweepInterval = sweepInterval == null ? Duration.ofSeconds(25) : sweepInterval;
        }
    }
}
