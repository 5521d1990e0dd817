package kr.crm.api.privacy;

import java.time.OffsetDateTime;

/**
 * A data-subject request as staff enter it.
 *
 * @param customerKey the person: a customer key or a contact-person key, required
 * @param right the right exercised, required
 * @param description what the person asked, required, at most 4,000 characters
 * @param receivedAt when the person asked (the 10 days run from here); now if null, never in the future
 */
public record DataSubjectRequestDraft(String customerKey, SubjectRight right, String description,
        OffsetDateTime receivedAt) {
}
