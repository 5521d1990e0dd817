package kr.crm.security.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * What a session cookie carries: the user with the idle expiry (as a host token carries it), then the session's
 * absolute end in epoch seconds on a line of its own.
 */
record SessionCookie(SessionPayload payload, Instant until) {

    String encode() {
        return payload.encode() + "\n" + until.getEpochSecond();
    }

    /** The same session, idle expiry moved to {@code idleEnd} but never past the absolute end. */
    SessionCookie extended(Instant idleEnd) {
        return new SessionCookie(new SessionPayload(payload.user(), idleEnd.isAfter(until) ? until : idleEnd), until);
    }

    static Optional<SessionCookie> decode(String text) {
        int last = text.lastIndexOf('\n');
        if (last < 0) {
            return Optional.empty();
        }
        try {
            Instant until = Instant.ofEpochSecond(Long.parseLong(text.substring(last + 1).strip()));
            return SessionPayload.decode(text.substring(0, last)).map(p -> new SessionCookie(p, until));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
