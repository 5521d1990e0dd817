package kr.crm.api.privacy;

/** How personal data was destroyed. */
public enum DestructionMethod {
    /** The rows are gone. */
    DELETED,
    /** The row stays (orders need it) without anything that identifies the person. */
    ANONYMISED
}
