package kr.crm.api.customer;

import kr.crm.api.common.PageRequest;

/**
 * A customer search. Every criterion is optional; given criteria are combined with AND.
 * Phone, e-mail and business registration number match in any usual spelling
 * ({@code 010-1234-5678} finds {@code 01012345678}); {@code text} matches part of the name.
 *
 * @param text part of the name
 * @param phone a phone number in any usual spelling
 * @param email an e-mail address, case-insensitive
 * @param businessRegistrationNumber 10 digits, hyphens allowed
 * @param key a customer key
 * @param kind only persons or only companies
 * @param ownerRep only customers owned by this rep
 * @param page which page
 */
public record CustomerQuery(
        String text,
        String phone,
        String email,
        String businessRegistrationNumber,
        String key,
        CustomerKind kind,
        String ownerRep,
        PageRequest page) {

    /** Every customer, first page. */
    public static CustomerQuery all(PageRequest page) {
        return new CustomerQuery(null, null, null, null, null, null, null, page);
    }
}
