package kr.crm.api.consent;

/**
 * How a consent, refusal or opt-out was given. A business card or an order is no way of consenting: contacts
 * that come from them have no consent until one of these is recorded.
 */
public enum ConsentMethod {
    WEB_FORM, PAPER, PHONE, EMAIL_REPLY, SMS_REPLY, VISIT, UNSUBSCRIBE_LINK
}
