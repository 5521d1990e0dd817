package kr.crm.campaign.internal;

import java.time.Instant;

/**
 * What {@link DsnParser} read from one delivery status notification.
 *
 * @param messageId the notification's own Message-ID, or null
 * @param date the notification's Date, or null
 * @param status the RFC 3463 status of the most severe recipient block, e.g. {@code 5.1.1}
 * @param action that block's action ({@code failed}, {@code delayed} …), or null
 * @param diagnostic that block's Diagnostic-Code with addresses removed, or null
 * @param ref the returned message's {@value BounceRefs#HEADER} header, or null
 */
record DeliveryReport(String messageId, Instant date, String status, String action, String diagnostic, String ref) {

    /** A permanent failure: status class 5. */
    boolean permanent() {
        return status.startsWith("5.");
    }
}
