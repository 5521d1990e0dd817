package kr.crm.api.audit;

/** What was done with personal data. */
public enum AccessAction {
    VIEW, CREATE, UPDATE, DELETE, EXPORT, PRINT, SYNC
}
