package kr.crm.api.sync;

/** Which way changes flow between the CRM and one address book. */
public enum SyncDirection {
    /** Both ways; a field changed on both sides goes to the later change and is recorded as a conflict. */
    TWO_WAY,
    /** The CRM is the master: the address book gets the CRM's contacts, its own edits are overwritten. */
    CRM_TO_GROUPWARE,
    /** The address book is the master: the CRM takes its cards and never writes to the server. */
    GROUPWARE_TO_CRM;

    /** True if changes may be written into the CRM. */
    public boolean intoCrm() {
        return this != CRM_TO_GROUPWARE;
    }

    /** True if changes may be written to the groupware server. */
    public boolean intoGroupware() {
        return this != GROUPWARE_TO_CRM;
    }
}
