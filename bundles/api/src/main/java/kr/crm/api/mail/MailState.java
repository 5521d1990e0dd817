package kr.crm.api.mail;

/** Where a stored message stands. */
public enum MailState {
    /** Waiting to be sent, or to be retried after the relay refused it for now. */
    QUEUED,
    /** Accepted by the relay. */
    SENT,
    /** Refused for good (a permanent SMTP error) or out of attempts. */
    FAILED
}
