package kr.crm.api.store;

/** What an identity-index row holds. */
public enum IdentityKind {
    /** The host ERP's own customer number. */
    HOST_NO,
    /** Business registration number (digits). */
    BRN,
    PHONE,
    EMAIL,
    /** The folded name. */
    NAME,
    /** The folded postal address: province spelled short, spacing removed. */
    ADDRESS
}
