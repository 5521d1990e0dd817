package kr.crm.api.consent;

import java.time.Instant;

/**
 * Whether an advertising message may go to a person on a channel at a time, and on what basis.
 *
 * @param sendable true if it may go now
 * @param basis the lawful basis, also set when the message is only held for the night
 * @param consentId the consent used, when the basis is a consent
 * @param reason why not (or which transaction), in words
 * @param holdUntil when a night-held message may go (08:00 Asia/Seoul), null otherwise
 */
public record Eligibility(boolean sendable, LawfulBasis basis, Long consentId, String reason, Instant holdUntil) {

    public static Eligibility refused(String reason) {
        return new Eligibility(false, null, null, reason, null);
    }
}
