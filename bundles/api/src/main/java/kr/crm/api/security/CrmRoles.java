package kr.crm.api.security;

/** The CRM's roles. A host maps its own roles onto these in its {@link UserResolver}. */
public final class CrmRoles {
    /** May read customers and what hangs off them. */
    public static final String VIEWER = "crm.viewer";
    /** A sales rep: may also create and change customers, contacts and logs. */
    public static final String REP = "crm.rep";
    /**
     * A team's manager: may do what a rep may, on every account the team's members own (a rep sees only the
     * accounts he or she owns or is assigned to).
     *
     * @since 1.3
     */
    public static final String MANAGER = "crm.manager";
    /** May do everything, including managing users and configuration. */
    public static final String ADMIN = "crm.admin";

    private CrmRoles() {
    }
}
