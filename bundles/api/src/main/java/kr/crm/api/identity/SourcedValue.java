package kr.crm.api.identity;

import java.time.Instant;
import kr.crm.api.store.IdentityKind;

/**
 * One identifying value a source gave for a customer, and when.
 *
 * @param source the channel, or {@code crm} for the customer master
 * @param kind what it is
 * @param entered as entered
 * @param valid false if it failed its checks
 * @param firstSeen when the source first gave it
 * @param lastSeen when the source last gave it
 */
public record SourcedValue(String source, IdentityKind kind, String entered, boolean valid, Instant firstSeen,
        Instant lastSeen) {
}
