package io.aifashion.notification.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.kit.support.EmbeddedInfrastructure;
import io.aifashion.notification.domain.Announcements;
import io.aifashion.notification.domain.NotificationKind;
import io.aifashion.notification.domain.OutgoingMessage;
import io.aifashion.notification.domain.SendOutcome;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** RFC 5321 §4.2.1: transient failures are retried, permanent ones are not. */
class SmtpEmailSenderTest {

    final EmailComposer composer = new EmailComposer("AI-Fashion <hello@aifashion.test>", "https://app.example");
    final OutgoingMessage message = EmailComposerTest.message(NotificationKind.RECOMMENDATIONS_REFRESHED,
            Announcements.recommendationsRefreshed(2, "r"), "Ada", null);

    @Test
    void aPermanentReplyKillsTheDeliveryAndATransientOneIsRetried() {
        assertThat(new SmtpEmailSender(replying(550, "550 5.1.1 no such mailbox"), composer, "smtp.test").send(message))
                .isInstanceOfSatisfying(SendOutcome.Failed.class, f -> assertThat(f.error()).startsWith("SMTP 550"));
        assertThat(new SmtpEmailSender(replying(451, "451 4.3.0 try later"), composer, "smtp.test").send(message))
                .isInstanceOfSatisfying(SendOutcome.Retry.class, r -> assertThat(r.error()).startsWith("SMTP 451"));
    }

    @Test
    void noServerIsRetried() {
        JavaMailSenderImpl nobody = new JavaMailSenderImpl();
        nobody.setHost("127.0.0.1");
        nobody.setPort(EmbeddedInfrastructure.freePort());
        assertThat(new SmtpEmailSender(nobody, composer, "nobody").send(message)).isInstanceOf(SendOutcome.Retry.class);
    }

    @Test
    void anAddressNoServerCouldDeliverToIsNotRetried() {
        OutgoingMessage bad = new OutgoingMessage(message.deliveryId(), message.notification(), "not an address",
                null, null, null);
        assertThat(new SmtpEmailSender(replying(250, "ok"), composer, "smtp.test").send(bad))
                .isInstanceOf(SendOutcome.Failed.class);
    }

    /** A sender whose SMTP server answers the message data with {@code code}. */
    private static JavaMailSenderImpl replying(int code, String reply) {
        return new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
                if (code >= 400) {
                    throw new MailSendException(Map.of(mimeMessages[0],
                            new SMTPSendFailedException("DATA", code, reply, null, null, null, null)));
                }
            }
        };
    }
}
