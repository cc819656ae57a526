package io.aifashion.notification.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.notification.domain.Announcements;
import io.aifashion.notification.domain.Notification;
import io.aifashion.notification.domain.NotificationContent;
import io.aifashion.notification.domain.NotificationKind;
import io.aifashion.notification.domain.OutgoingMessage;
import io.aifashion.notification.domain.SecretLink;
import io.aifashion.notification.support.Mailbox;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailComposerTest {

    final EmailComposer composer = new EmailComposer("AI-Fashion <hello@aifashion.test>", "https://app.example/");

    @Test
    void valuesAreEscapedInHtmlAndLeftAloneInText() throws Exception {
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()));
        composer.compose(message(NotificationKind.RECOMMENDATIONS_REFRESHED,
                Announcements.recommendationsRefreshed(3, "x"), "<script>alert(1)</script> & \"Co\"", null), mime);
        mime.saveChanges();

        String html = Mailbox.part(mime, "text/html");
        String text = Mailbox.part(mime, "text/plain");
        assertThat(html).contains("Hello &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;,")
                .doesNotContain("<script>");
        assertThat(text).contains("Hello <script>alert(1)</script> & \"Co\",");
        assertThat(text).contains("https://app.example/notifications/preferences");
        assertThat(mime.getSubject()).isEqualTo("New recommendations for you");
    }

    @Test
    void aSecurityMailCarriesItsLinkReadablyAndSaysWhyItCameWithoutConsent() throws Exception {
        String link = "https://app.example/verify?token=abc=&x=1";
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()));
        composer.compose(message(NotificationKind.EMAIL_VERIFICATION,
                Announcements.emailVerification(Instant.parse("2026-05-01T10:00:00Z")), null,
                new SecretLink(URI.create(link), Instant.parse("2026-05-01T10:00:00Z"))), mime);
        mime.saveChanges();

        String html = Mailbox.part(mime, "text/html");
        assertThat(html).contains("href=\"https://app.example/verify?token=abc=&amp;x=1\"", "Hello there,",
                "1 May 2026, 10:00 UTC", "concerns your account's security");
        assertThat(Mailbox.part(mime, "text/plain")).contains(link);
    }

    @Test
    void theMailDropWritesOneFilePerDeliveryWhateverTheRetries(@TempDir Path dir) throws Exception {
        MailDropEmailSender drop = new MailDropEmailSender(dir.resolve("mail"), composer);
        OutgoingMessage message = message(NotificationKind.ANALYSIS_READY,
                Announcements.analysisReady("a1", 5, "warm", null, "#aa8866"), "Ada", null);

        assertThat(drop.send(message)).hasToString(
                "Sent[detail=written to mail drop " + dir.resolve("mail").resolve(message.deliveryId() + ".eml")
                        + " (no SMTP server configured)]");
        drop.send(message);

        List<Path> files;
        try (var listing = Files.list(dir.resolve("mail"))) {
            files = listing.toList();
        }
        assertThat(files).singleElement().satisfies(f -> {
            String eml = Files.readString(f);
            assertThat(eml).contains("Message-ID: <" + message.deliveryId() + "@aifashion.test>",
                    "To: ada@example.com", "Subject: Your skin-tone analysis is ready", "multipart/alternative");
        });
    }

    static OutgoingMessage message(NotificationKind kind, NotificationContent content, String name, SecretLink link) {
        Notification n = new Notification(UUID.randomUUID(), "u1", UUID.randomUUID(), kind, content,
                Instant.parse("2026-04-30T10:00:00Z"), null);
        return new OutgoingMessage(UUID.randomUUID(), n, "ada@example.com", name, link, null);
    }
}
