package kr.crm.api.campaign;

/**
 * What a delivery status notification (RFC 3464) read from the bounce mailbox came to.
 *
 * @since 0.3
 */
public enum BounceKind {
    /** A permanent failure (status 5.x.x): the recipient is BOUNCED and its address is suppressed. */
    PERMANENT,
    /** A transient failure or delay (status 4.x.x): recorded only. */
    TRANSIENT,
    /** A well-formed report that names no message of ours (no valid signed reference): moved aside. */
    UNMATCHED,
    /** No readable multipart/report with a delivery-status part: moved aside. */
    MALFORMED
}
