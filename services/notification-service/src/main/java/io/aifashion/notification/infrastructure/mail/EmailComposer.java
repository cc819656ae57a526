package io.aifashion.notification.infrastructure.mail;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.aifashion.notification.domain.NotificationKind;
import io.aifashion.notification.domain.OutgoingMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Turns a notification into an e-mail: a text and an HTML part (multipart/alternative, RFC 2046
 * §5.1.4) from Mustache templates under {@code mail-templates/}, one pair per kind. The HTML
 * templates escape every value; the text templates do not need to. The Message-ID is derived from
 * the delivery id (RFC 5322 §3.6.4), so a resend after a crash carries the same id and mail
 * systems can recognise the duplicate; {@code Auto-Submitted: auto-generated} (RFC 3834 §5) keeps
 * auto-responders from answering.
 */
public final class EmailComposer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Map<NotificationKind, Template> html = new EnumMap<>(NotificationKind.class);
    private final Map<NotificationKind, Template> text = new EnumMap<>(NotificationKind.class);
    private final InternetAddress from;
    private final String appUrl;
    private final String messageIdDomain;

    /**
     * @param from   the {@code From} address, e.g. {@code AI-Fashion <no-reply@example.com>}
     * @param appUrl the web app's public URL, for links back to it
     */
    public EmailComposer(String from, String appUrl) {
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("aifashion.notification.mail.from is not an e-mail address: " + from, e);
        }
        String address = this.from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
        // The five characters that matter in HTML text and double-quoted attributes (OWASP XSS
        // prevention rules 1 and 2); '=' and '`' stay readable so links look like links in the source.
        Mustache.Compiler htmlCompiler = Mustache.compiler()
                .withEscaper(Escapers.simple(new String[][] {
                        {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}}))
                .defaultValue("").emptyStringIsFalse(true).withLoader(this::partial);
        Mustache.Compiler textCompiler = htmlCompiler.withEscaper(Escapers.NONE);
        for (NotificationKind kind : NotificationKind.values()) {
            html.put(kind, htmlCompiler.compile(read(kind.wireName() + ".html")));
            text.put(kind, textCompiler.compile(read(kind.wireName() + ".txt")));
        }
    }

    /** Fills {@code mime} with the e-mail for {@code message}. */
    public void compose(OutgoingMessage message, MimeMessage mime) throws MessagingException {
        NotificationKind kind = message.notification().kind();
        Map<String, Object> context = context(message);
        MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(new InternetAddress(message.address(), true));
        helper.setSubject(message.notification().content().title());
        helper.setText(text.get(kind).execute(context), html.get(kind).execute(context));
        mime.setHeader("Message-ID", "<" + message.deliveryId() + "@" + messageIdDomain + ">");
        mime.setHeader("Auto-Submitted", "auto-generated");
    }

    private Map<String, Object> context(OutgoingMessage message) {
        var n = message.notification();
        Map<String, Object> c = new HashMap<>();
        c.put("name", message.displayName() == null ? "there" : message.displayName());
        c.put("title", n.content().title());
        c.put("body", n.content().body());
        c.put("data", n.content().data());
        c.put("security", n.kind().security());
        c.put("appUrl", appUrl + "/");
        c.put("preferencesUrl", appUrl + "/notifications/preferences");
        if (message.link() != null) {
            c.put("actionUrl", message.link().url().toString());
            if (message.link().expiresAt() != null) {
                c.put("expiresAt", WHEN.format(message.link().expiresAt()));
            }
        }
        return c;
    }

    private Reader partial(String name) {
        return new StringReader(read(name));
    }

    private static String read(String name) {
        String path = "mail-templates/" + name + ".mustache";
        try (InputStream in = EmailComposer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing e-mail template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
