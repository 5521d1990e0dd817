package kr.crm.api.store;

/**
 * Normalised forms of what people search by, computed by the customer service and stored
 * beside the record so that lookups are exact index matches.
 *
 * @param name the name folded for matching (spacing and company-form marks removed)
 * @param phone canonical phone digits, e.g. {@code 01012345678}, or null
 * @param email lower-cased trimmed e-mail, or null
 */
public record SearchKeys(String name, String phone, String email) {
}
