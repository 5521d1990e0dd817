package kr.crm.rest.internal;

import javax.ws.rs.core.SecurityContext;
import kr.crm.api.security.AccountVisibility;
import kr.crm.api.security.CrmUser;

/**
 * For records addressed by their own id (a contact-log entry, a service request, an order): the 404 a missing one
 * gets when the caller may not see the account it belongs to (decision 192).
 */
final class ScopeCheck {
    private final AccountVisibility visibility;

    ScopeCheck(AccountVisibility visibility) {
        this.visibility = visibility;
    }

    /** @param what the record as the 404 names it, e.g. {@code contact-log entry 12} */
    void require(SecurityContext security, String accountKey, String what) {
        CrmUser user = CrmPrincipal.of(security);
        if (!visibility.scopeOf(user).all() && !visibility.canSee(user, accountKey)) {
            throw new ScopeRefusal(what, accountKey);
        }
    }
}
