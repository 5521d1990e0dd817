package kr.crm.api.audit;

/**
 * What was done with personal data. {@link #DENIED}: an attempt the CRM refused, for the caller's role (403) or
 * because the account, customer or contact named is not one the caller may see (answered 404 as if it did not exist);
 * the entry names what was asked for and holds no rows.
 */
public enum AccessAction {
    VIEW, CREATE, UPDATE, DELETE, EXPORT, PRINT, SYNC, DENIED
}
