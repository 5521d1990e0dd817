package kr.crm.api.store;

/**
 * One identifying value a source gave for a customer.
 *
 * @param customerKey the customer
 * @param source who said it: a channel name, or {@code crm} for the customer master
 * @param kind what it is
 * @param entered as entered (trimmed)
 * @param canonical canonical form, null if unreadable
 * @param valid false if it failed its checks (kept, flagged)
 */
public record IdentityRow(String customerKey, String source, IdentityKind kind, String entered, String canonical,
        boolean valid) {
}
