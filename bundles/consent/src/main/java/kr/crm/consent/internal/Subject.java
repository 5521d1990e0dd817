package kr.crm.consent.internal;

import java.util.List;

/**
 * A customer or contact person as consent sees it.
 *
 * @param key the customer's surviving key or the contact person's key
 * @param keys {@code key} and every key standing merged into it (records stay on the key they were given for)
 * @param customer true for a customer (whose orders count for the transaction exception)
 * @param email the e-mail address on file, or null
 * @param phone the mobile (else phone) number on file, or null
 */
record Subject(String key, List<String> keys, boolean customer, String email, String phone) {
}
