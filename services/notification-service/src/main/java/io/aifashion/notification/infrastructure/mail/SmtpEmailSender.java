package io.aifashion.notification.infrastructure.mail;

import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.ChannelSender;
import io.aifashion.notification.domain.OutgoingMessage;
import io.aifashion.notification.domain.SendOutcome;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends e-mail through an SMTP server (Spring Mail, {@code spring.mail.*}). {@code send} returns
 * only after the server replied 250 to the message data (RFC 5321 §4.1.1.4), i.e. took
 * responsibility for it; only then is the delivery marked sent.
 *
 * <p>Replies are classified per RFC 5321 §4.2.1: a 5yz reply (no such mailbox, message refused) is
 * permanent and the delivery dies at once; anything else — a 4yz reply, no connection, a timeout —
 * may pass, and is retried with back-off.
 */
public final class SmtpEmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final EmailComposer composer;
    private final String server;

    public SmtpEmailSender(JavaMailSender mail, EmailComposer composer, String server) {
        this.mail = mail;
        this.composer = composer;
        this.server = server;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        MimeMessage mime = mail.createMimeMessage();
        try {
            composer.compose(message, mime);
        } catch (AddressException e) {
            return new SendOutcome.Failed("not a valid e-mail address: " + e.getMessage());
        } catch (MessagingException e) {
            return new SendOutcome.Failed("could not compose the e-mail: " + e.getMessage());
        }
        try {
            mail.send(mime);
            return new SendOutcome.Sent("accepted by SMTP server " + server);
        } catch (MailParseException | MailPreparationException e) {
            return new SendOutcome.Failed("could not prepare the e-mail: " + e.getMessage());
        } catch (MailException e) {
            Integer code = replyCode(e);
            String error = (code == null ? "" : "SMTP " + code + ": ") + rootMessage(e);
            return code != null && code >= 500 && code < 600 ? new SendOutcome.Failed(error)
                    : new SendOutcome.Retry(error);
        }
    }

    /** The SMTP reply code behind a failure, if the server gave one. */
    static Integer replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (t instanceof org.springframework.mail.MailSendException m) {
                for (Exception failed : m.getFailedMessages().values()) {
                    Integer code = replyCode(failed);
                    if (code != null) {
                        return code;
                    }
                }
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        if (t instanceof SendFailedException s && s.getCause() == null) {
            return null;
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = next(t)) {
            root = t;
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
