package kr.crm.api.mail;

/**
 * Why a message is sent. Korean law treats the two differently: advertising needs a lawful basis and an
 * opt-out, a transactional notice (receipt, status of a request) must not advertise.
 */
public enum MailPurpose {
    TRANSACTIONAL,
    ADVERTISING
}
