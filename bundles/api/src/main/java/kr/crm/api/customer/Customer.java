package kr.crm.api.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored customer. The {@code key} is generated once and never changes; {@code version}
 * grows by one with every accepted update.
 *
 * @param key stable customer key, e.g. {@code C7K3M9QX2TB}
 * @param kind person or company
 * @param name display name
 * @param phone main phone as entered
 * @param email main e-mail as entered
 * @param businessRegistrationNumber 10 digits, no hyphens
 * @param hostCustomerNo the host ERP's customer number
 * @param representative company representative
 * @param industry industry
 * @param region region
 * @param address postal address
 * @param postalCode postal code
 * @param ownerRep owning sales rep's user name
 * @param foundedOn founding day
 * @param birthday birthday
 * @param notes free text
 * @param version optimistic-concurrency version, starting at 1
 * @param createdAt when the record was created
 * @param updatedAt when it was last changed
 */
public record Customer(
        String key,
        CustomerKind kind,
        String name,
        String phone,
        String email,
        String businessRegistrationNumber,
        String hostCustomerNo,
        String representative,
        String industry,
        String region,
        String address,
        String postalCode,
        String ownerRep,
        LocalDate foundedOn,
        LocalDate birthday,
        String notes,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A stored customer built from a validated draft. */
    public static Customer of(String key, CustomerDraft d, long version, Instant createdAt, Instant updatedAt) {
        return new Customer(key, d.kind(), d.name(), d.phone(), d.email(), d.businessRegistrationNumber(),
                d.hostCustomerNo(), d.representative(), d.industry(), d.region(), d.address(), d.postalCode(),
                d.ownerRep(), d.foundedOn(), d.birthday(), d.notes(), version, createdAt, updatedAt);
    }
}
