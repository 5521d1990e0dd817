package kr.crm.api.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored contact person of an account.
 *
 * @param key stable contact key, e.g. {@code P4D9WZK2M8A}
 * @param accountKey customer key of the company the person works for
 * @param name full name
 * @param title job title
 * @param department department
 * @param phone office phone
 * @param mobile mobile phone
 * @param email e-mail
 * @param birthday birthday
 * @param notes free text
 * @param version optimistic-concurrency version, starting at 1
 * @param createdAt when the record was created
 * @param updatedAt when it was last changed
 * @param restrictedAt when the person's request to stop processing (처리정지) was carried out: tasks no longer name
 *     the person; null while processing goes on
 */
public record ContactPerson(
        String key,
        String accountKey,
        String name,
        String title,
        String department,
        String phone,
        String mobile,
        String email,
        LocalDate birthday,
        String notes,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant restrictedAt) {

    /** A stored contact person built from a validated draft. */
    public static ContactPerson of(String key, String accountKey, ContactPersonDraft d, long version,
            Instant createdAt, Instant updatedAt) {
        return new ContactPerson(key, accountKey, d.name(), d.title(), d.department(), d.phone(), d.mobile(),
                d.email(), d.birthday(), d.notes(), version, createdAt, updatedAt, null);
    }

    /** The same person, changed to {@code d} at {@code version}; a restriction stays. */
    public ContactPerson changed(ContactPersonDraft d, long version, Instant updatedAt) {
        return new ContactPerson(key, accountKey, d.name(), d.title(), d.department(), d.phone(), d.mobile(),
                d.email(), d.birthday(), d.notes(), version, createdAt, updatedAt, restrictedAt);
    }
}
