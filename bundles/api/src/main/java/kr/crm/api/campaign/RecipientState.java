package kr.crm.api.campaign;

/** Where one frozen recipient's message stands; SENT, FAILED, SKIPPED and BOUNCED are final. */
public enum RecipientState {
    /** Waiting (possibly held until {@code notBefore}). */
    PENDING,
    /** Handed to the mail relay or SMS gateway, answer not yet recorded. */
    SENDING,
    /** Accepted by the relay or gateway. */
    SENT,
    /** Refused for good (a 5xx answer is a hard bounce). */
    FAILED,
    /** Stopped at send time: an opt-out or a lost lawful basis since launch. */
    SKIPPED,
    /**
     * Accepted by the relay, then returned by a delivery status notification with a permanent failure (5.x.x).
     *
     * @since 0.3
     */
    BOUNCED
}
