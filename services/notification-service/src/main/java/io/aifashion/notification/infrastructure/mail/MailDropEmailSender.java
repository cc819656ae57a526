package io.aifashion.notification.infrastructure.mail;

import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.ChannelSender;
import io.aifashion.notification.domain.OutgoingMessage;
import io.aifashion.notification.domain.SendOutcome;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * For developers without an SMTP server: writes each e-mail as an RFC 5322 {@code .eml} file to a
 * folder, where any mail client opens it. The delivery log says where it went ("written to mail
 * drop"), never that it was e-mailed. The file is named after the delivery and replaced atomically,
 * so a repeated attempt cannot make a second copy.
 */
public final class MailDropEmailSender implements ChannelSender {

    private final Path folder;
    private final EmailComposer composer;
    private final Session session = Session.getInstance(new Properties());

    public MailDropEmailSender(Path folder, EmailComposer composer) {
        this.folder = folder.toAbsolutePath().normalize();
        this.composer = composer;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // Keep the Message-ID derived from the delivery rather than a random one.
                if (getHeader("Message-ID") == null) {
                    super.updateMessageID();
                }
            }
        };
        try {
            composer.compose(message, mime);
        } catch (AddressException e) {
            return new SendOutcome.Failed("not a valid e-mail address: " + e.getMessage());
        } catch (MessagingException e) {
            return new SendOutcome.Failed("could not compose the e-mail: " + e.getMessage());
        }
        Path target = folder.resolve(message.deliveryId() + ".eml");
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, message.deliveryId().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                mime.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new SendOutcome.Sent("written to mail drop " + target + " (no SMTP server configured)");
        } catch (IOException | MessagingException e) {
            return new SendOutcome.Retry("could not write to mail drop " + folder + ": " + e.getMessage());
        }
    }
}
