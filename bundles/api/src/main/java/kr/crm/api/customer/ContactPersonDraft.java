package kr.crm.api.customer;

import java.time.LocalDate;

/**
 * What a caller supplies to create or replace a contact person (담당자) of an account.
 *
 * @param name full name
 * @param title job title, e.g. {@code 구매팀장}
 * @param department department
 * @param phone office phone
 * @param mobile mobile phone
 * @param email e-mail
 * @param birthday birthday
 * @param notes free text
 */
public record ContactPersonDraft(
        String name,
        String title,
        String department,
        String phone,
        String mobile,
        String email,
        LocalDate birthday,
        String notes) {
}
