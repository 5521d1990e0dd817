package kr.crm.api.campaign;

import java.time.Instant;

/**
 * One delivery status notification as recorded, without any address.
 *
 * @param id the record
 * @param campaignId the campaign of the returned message, or null if unmatched or malformed
 * @param recipientId the outbox row of the returned message, or null if unmatched or malformed
 * @param kind permanent, transient, unmatched or malformed
 * @param status the RFC 3463 status code, e.g. {@code 5.1.1}, or null
 * @param action the report's action ({@code failed}, {@code delayed} …), or null
 * @param diagnostic the remote server's answer with addresses removed, or why it was not matched, or null
 * @param reportedAt the notification's own date, or null
 * @param recordedAt when it was read
 * @since 0.3
 */
public record BounceReport(long id, Long campaignId, Long recipientId, BounceKind kind, String status, String action,
        String diagnostic, Instant reportedAt, Instant recordedAt) {
}
