package kr.crm.api.customer;

/** Whether a customer is a natural person or a company (an account, in B2B words). */
public enum CustomerKind {
    /** A natural person: a consumer, or a buyer not tied to a company. */
    PERSON,
    /** A company or organisation; a company that buys is an account. */
    COMPANY
}
