package kr.crm.api.store;

/**
 * A contact person's canonical phone and e-mail, as stored for matching.
 *
 * @param contactKey the contact person
 * @param phoneKey canonical phone digits, or null
 * @param emailKey canonical e-mail, or null
 * @since 2.2
 */
public record ContactIdentity(String contactKey, String phoneKey, String emailKey) {
}
