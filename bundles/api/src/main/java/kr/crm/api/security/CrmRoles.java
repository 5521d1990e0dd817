package kr.crm.api.security;

/** The CRM's roles. A host maps its own roles onto these in its {@link UserResolver}. */
public final class CrmRoles {
    /** May read customers and what hangs off them. */
    public static final String VIEWER = "crm.viewer";
    /** A sales rep: may also create and change customers, contacts and logs. */
    public static final String REP = "crm.rep";
    /** May do everything, including managing users and configuration. */
    public static final String ADMIN = "crm.admin";

    private CrmRoles() {
    }
}
