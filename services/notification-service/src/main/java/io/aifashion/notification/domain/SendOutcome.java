package io.aifashion.notification.domain;

/** What happened when a channel tried to send one delivery. */
public sealed interface SendOutcome {

    /** The channel took the message (SMTP 250 after DATA, push service 201, written to a tab). */
    record Sent(String detail) implements SendOutcome {
    }

    /** Nothing to send to, by design (no open tab); not an error. */
    record Skipped(String reason) implements SendOutcome {
    }

    /** The endpoint no longer exists (push service 404/410, RFC 8030 §7.3): forget it. */
    record Gone(String reason) implements SendOutcome {
    }

    /** A failure that may pass: try again after a back-off. */
    record Retry(String error) implements SendOutcome {
    }

    /** A failure no retry can fix (SMTP 5yz reply, RFC 5321 §4.2.1; push 400/403/413). */
    record Failed(String error) implements SendOutcome {
    }
}
