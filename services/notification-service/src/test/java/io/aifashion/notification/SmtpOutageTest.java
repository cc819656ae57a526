package io.aifashion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.events.payload.RecommendationsRefreshed;
import io.aifashion.notification.support.Mailbox;
import io.aifashion.notification.support.ServiceTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The outage case: e-mails are retried while the SMTP server is away and arrive once each when it returns. */
class SmtpOutageTest extends ServiceTest {

    @Test
    void emailsWaitOutAnSmtpOutageAndArriveExactlyOnce() throws Exception {
        String user = newUser();
        registered(user, true, false);

        WORLD.stopMail();
        try {
            for (int i = 1; i <= 3; i++) {
                publish(new RecommendationsRefreshed(user, i, "ials-7", "outage " + i));
            }
            // Each has been tried and refused at least twice while the server was down.
            await().atMost(PATIENCE).until(() -> jdbc.sql("""
                    select count(*) from delivery where user_id = :u and channel = 'email'
                       and state = 'failed' and attempts >= 2 and last_error is not null
                    """).param("u", user).query(Long.class).single() == 3);
        } finally {
            WORLD.startMail();
        }

        await().atMost(PATIENCE).until(() -> jdbc.sql(
                "select count(*) from delivery where user_id = :u and channel = 'email' and state = 'sent'")
                .param("u", user).query(Long.class).single() == 3);
        List<MimeMessage> mails = Mailbox.to(addressOf(user));
        assertThat(mails).hasSize(3);
        Set<String> messageIds = mails.stream().map(SmtpOutageTest::messageId).collect(Collectors.toSet());
        Set<String> deliveryIds = jdbc.sql("select id from delivery where user_id = :u and channel = 'email'")
                .param("u", user).query(UUID.class).list().stream()
                .map(id -> "<" + id + "@aifashion.test>").collect(Collectors.toSet());
        assertThat(messageIds).isEqualTo(deliveryIds);
        assertThat(mails.stream().map(m -> Mailbox.part(m, "text/plain")))
                .anyMatch(t -> t.contains("1 product has")).anyMatch(t -> t.contains("2 products"))
                .anyMatch(t -> t.contains("3 products"));
        // The log keeps the outage's last error beside the eventual success.
        assertThat(jdbc.sql("""
                select count(*) from delivery where user_id = :u and channel = 'email'
                   and sent_at is not null and last_error is not null
                """).param("u", user).query(Long.class).single()).isEqualTo(3);

        // Later rounds do not send them again: after a further e-mail has gone out, still one of each.
        UUID after = publish(new RecommendationsRefreshed(user, 9, "ials-7", "after the outage"));
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                select count(*) from delivery d join notification n on n.id = d.notification_id
                 where n.source_event_id = :e and d.channel = 'email' and d.state = 'sent'
                """).param("e", after).query(Long.class).single() == 1);
        await().atMost(PATIENCE).until(() -> Mailbox.to(addressOf(user)).size() >= 4);
        assertThat(Mailbox.to(addressOf(user))).hasSize(4);
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
