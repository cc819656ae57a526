package io.aifashion.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads e-mail verification links from the launcher's mail drop: with no SMTP server,
 * {@code serve} writes each e-mail as an {@code .eml} file under
 * {@code <tmp>/ai-fashion-state*&#47;mail} (ephemeral runs) or {@code <data-dir>/mail}. The test
 * accounts then go through the real sign-up flow (register, verify, log in).
 */
public final class MailDrop {

    private static final Pattern TO = Pattern.compile("(?m)^To: *<?([^>\\r\\n]+)>?\\r?$");
    private static final Pattern TOKEN = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");

    private final Path root;
    private final Instant since;

    /**
     * @param root  a mail directory, or a folder holding {@code ai-fashion-state*} folders
     * @param since only e-mails written at or after this instant are read
     */
    public MailDrop(Path root, Instant since) {
        this.root = root;
        this.since = since;
    }

    /** Waits until every address has a verification e-mail; returns address → token. */
    public Map<String, String> verificationTokens(Set<String> addresses, Duration timeout) throws InterruptedException {
        Map<String, String> found = new HashMap<>();
        Instant deadline = Instant.now().plus(timeout);
        while (found.size() < addresses.size()) {
            scan(addresses, found);
            if (found.size() < addresses.size()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("no verification e-mail under " + root + " for "
                            + (addresses.size() - found.size()) + " of " + addresses.size()
                            + " addresses after " + timeout.toSeconds() + " s (is the notification service running?)");
                }
                Thread.sleep(250);
            }
        }
        return found;
    }

    private void scan(Set<String> addresses, Map<String, String> found) {
        try {
            for (Path dir : mailDirs()) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.eml")) {
                    for (Path f : files) {
                        if (Files.getLastModifiedTime(f).compareTo(FileTime.from(since)) < 0) {
                            continue;
                        }
                        String text = Files.readString(f, StandardCharsets.UTF_8);
                        Matcher to = TO.matcher(text);
                        Matcher token = TOKEN.matcher(text);
                        if (to.find() && addresses.contains(to.group(1).trim()) && token.find()) {
                            found.put(to.group(1).trim(), token.group(1));
                        }
                    }
                } catch (java.nio.file.NoSuchFileException gone) {
                    // another run's temporary folder disappeared while we looked
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.List<Path> mailDirs() throws IOException {
        if (root.getFileName() != null && root.getFileName().toString().equals("mail")) {
            return java.util.List.of(root);
        }
        java.util.List<Path> dirs = new java.util.ArrayList<>();
        try (DirectoryStream<Path> states = Files.newDirectoryStream(root, "ai-fashion-state*")) {
            for (Path s : states) {
                Path mail = s.resolve("mail");
                if (Files.isDirectory(mail)) {
                    dirs.add(mail);
                }
            }
        }
        return dirs;
    }
}
