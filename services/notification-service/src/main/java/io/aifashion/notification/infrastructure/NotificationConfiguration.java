package io.aifashion.notification.infrastructure;

import io.aifashion.kit.events.OutboxProperties;
import io.aifashion.notification.application.AnnounceDeadLetters;
import io.aifashion.notification.application.DispatchDeliveries;
import io.aifashion.notification.application.ManagePushSubscriptions;
import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.ChannelSender;
import io.aifashion.notification.domain.Deliveries;
import io.aifashion.notification.domain.DeliveryPlanner;
import io.aifashion.notification.domain.Preferences;
import io.aifashion.notification.domain.PushEndpointRules;
import io.aifashion.notification.domain.PushSubscriptions;
import io.aifashion.notification.domain.Recipients;
import io.aifashion.notification.infrastructure.mail.EmailComposer;
import io.aifashion.notification.infrastructure.mail.MailDropEmailSender;
import io.aifashion.notification.infrastructure.mail.SmtpEmailSender;
import io.aifashion.notification.infrastructure.push.PushProperties;
import io.aifashion.notification.infrastructure.push.VapidSigner;
import io.aifashion.notification.infrastructure.push.WebPushEncryption;
import io.aifashion.notification.infrastructure.push.WebPushSender;
import io.aifashion.notification.infrastructure.websocket.SocketSessions;
import io.aifashion.notification.infrastructure.websocket.WebSocketSender;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the channels this instance can send on, from configuration: WebSocket always; e-mail
 * through SMTP when {@code spring.mail.host} is set, else to a mail-drop folder when one is set,
 * else not at all (e-mails then wait, pending, until one is configured); web push when VAPID keys
 * are set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationProperties.class, PushProperties.class})
public class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    /** The web push signer, absent when push is not configured. */
    public record PushSetup(Optional<VapidSigner> signer) {
        public boolean enabled() {
            return signer.isPresent();
        }
    }

    @Bean
    public WebPushEncryption webPushEncryption() {
        return new WebPushEncryption(new SecureRandom());
    }

    @Bean
    public PushSetup pushSetup(PushProperties props, WebPushEncryption encryption, Clock clock) {
        if (props.partlyConfigured()) {
            throw new IllegalStateException("Web push is partly configured: set all of "
                    + "AIFASHION_PUSH_VAPID_PUBLIC_KEY, AIFASHION_PUSH_VAPID_PRIVATE_KEY and AIFASHION_PUSH_SUBJECT, "
                    + "or none");
        }
        if (!props.configured()) {
            log.info("Web push is off: no VAPID keys (AIFASHION_PUSH_VAPID_PUBLIC_KEY, "
                    + "AIFASHION_PUSH_VAPID_PRIVATE_KEY, AIFASHION_PUSH_SUBJECT); push deliveries are skipped");
            return new PushSetup(Optional.empty());
        }
        return new PushSetup(Optional.of(VapidSigner.of(props.vapidPublicKey(), props.vapidPrivateKey(),
                props.subject(), encryption, clock)));
    }

    @Bean
    public DeliveryPlanner deliveryPlanner(PushSetup push) {
        return new DeliveryPlanner(push.enabled());
    }

    @Bean
    public ManagePushSubscriptions managePushSubscriptions(PushSubscriptions subscriptions, PushProperties props,
                                                           PushSetup push, Clock clock) {
        PushEndpointRules rules = new PushEndpointRules(props.allowedHosts(), props.allowHttp());
        return new ManagePushSubscriptions(subscriptions, rules, push.signer().map(VapidSigner::publicKey).orElse(null),
                clock);
    }

    @Bean
    public SocketSessions socketSessions(NotificationProperties props, Clock clock, MeterRegistry meters) {
        SocketSessions sessions = new SocketSessions(props.websocket().maxSessionsPerUser(),
                props.websocket().sweepInterval(), clock);
        Gauge.builder("aifashion.notification.websocket.sessions", sessions, SocketSessions::openConnections)
                .description("open WebSocket connections on this instance").register(meters);
        return sessions;
    }

    @Bean
    public EmailComposer emailComposer(NotificationProperties props) {
        return new EmailComposer(props.mail().from(), props.appUrl());
    }

    @Bean
    public DispatchDeliveries dispatchDeliveries(Deliveries deliveries, Recipients recipients, Preferences preferences,
            PushSubscriptions subscriptions, DeliveryPlanner planner, SocketSessions sessions, LiveMessages messages,
            EmailComposer composer, ObjectProvider<JavaMailSender> mailSender, PushSetup push, PushProperties pushProps,
            WebPushEncryption encryption, NotificationProperties props, PlatformTransactionManager txm, Clock clock,
            MeterRegistry meters, Environment env) {
        List<ChannelSender> senders = new ArrayList<>();
        senders.add(new WebSocketSender(sessions, messages));
        JavaMailSender smtp = mailSender.getIfAvailable();
        if (smtp != null) {
            String server = env.getProperty("spring.mail.host") + ":" + env.getProperty("spring.mail.port", "25");
            senders.add(new SmtpEmailSender(smtp, composer, server));
            log.info("E-mail goes through SMTP server {}", server);
        } else if (props.mail().dropDir() != null) {
            MailDropEmailSender drop = new MailDropEmailSender(props.mail().dropDir(), composer);
            senders.add(drop);
            log.warn("No SMTP server configured (SPRING_MAIL_HOST): e-mails are written as .eml files to {} "
                    + "instead of being sent", drop.folder());
        } else {
            log.warn("E-mail is off: no SMTP server (SPRING_MAIL_HOST) and no mail drop folder "
                    + "(AIFASHION_NOTIFICATION_MAIL_DROP_DIR); e-mail deliveries stay pending until one is configured");
        }
        push.signer().ifPresent(signer -> senders.add(new WebPushSender(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                        .followRedirects(HttpClient.Redirect.NEVER).build(),
                encryption, signer, messages, pushProps.ttl(), pushProps.timeout())));
        return new DispatchDeliveries(deliveries, recipients, preferences, subscriptions, planner, senders,
                props.retry().policies(), new TransactionTemplate(txm), clock, meters);
    }

    @Bean
    public KafkaDeadLetters kafkaDeadLetters(KafkaTemplate<String, String> kafka, JsonMapper json, Clock clock) {
        return new KafkaDeadLetters(kafka, json, clock);
    }

    @Bean
    public AnnounceDeadLetters announceDeadLetters(Deliveries deliveries, KafkaDeadLetters deadLetters,
                                                   PlatformTransactionManager txm, Clock clock) {
        return new AnnounceDeadLetters(deliveries, deadLetters, new TransactionTemplate(txm), clock);
    }

    @Bean
    public DeliveryWorkers deliveryWorkers(DispatchDeliveries dispatch, AnnounceDeadLetters deadLetters,
                                           NotificationProperties props, Deliveries deliveries, MeterRegistry meters) {
        for (Channel channel : Channel.values()) {
            Gauge.builder("aifashion.notification.delivery.backlog", deliveries,
                            d -> backlog(d, channel))
                    .description("deliveries waiting for an attempt").tag("channel", channel.wireName())
                    .register(meters);
        }
        // Long enough for an SMTP send in flight (connection and write timeouts are 10 s) to finish.
        return new DeliveryWorkers(dispatch, deadLetters, props.pollInterval(), Duration.ofSeconds(15));
    }

    @Bean
    public KafkaAdmin.NewTopics notificationDeadLetterTopic(OutboxProperties outbox) {
        return new KafkaAdmin.NewTopics(new NewTopic(KafkaDeadLetters.TOPIC, outbox.topicPartitions(),
                outbox.topicReplicas()));
    }

    private static double backlog(Deliveries deliveries, Channel channel) {
        try {
            return deliveries.backlog().getOrDefault(channel, 0L);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
