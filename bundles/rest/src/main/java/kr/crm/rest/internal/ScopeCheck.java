package kr.crm.rest.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.security.AccountScope;
import kr.crm.api.security.AccountVisibility;
import kr.crm.api.security.CrmUser;

/**
 * For records addressed by their own id (a contact-log entry, a service request, an order): the 404 a missing one
 * gets when the caller may not see the account it belongs to (decision 192); and for short lists of such records, only
 * those the caller may see (decision 270).
 */
final class ScopeCheck {
    private final AccountVisibility visibility;

    ScopeCheck(AccountVisibility visibility) {
        this.visibility = visibility;
    }

    /** The accounts the caller may see, for a store to filter a paged list by. */
    AccountScope scopeOf(SecurityContext security) {
        return visibility.scopeOf(CrmPrincipal.of(security));
    }

    /** Those of {@code records} whose account the caller may see, or that {@code alsoShown} lets through; in order. */
    <T> List<T> visibleOnly(SecurityContext security, List<T> records, Function<T, String> accountOf,
            Predicate<T> alsoShown) {
        CrmUser user = CrmPrincipal.of(security);
        if (records.isEmpty() || visibility.scopeOf(user).all()) {
            return records;
        }
        Set<String> visible = visibility.visible(user, records.stream().map(accountOf).collect(Collectors.toSet()));
        return records.stream().filter(r -> alsoShown.test(r) || visible.contains(accountOf.apply(r))).toList();
    }

    /** @param what the record as the 404 names it, e.g. {@code contact-log entry 12} */
    void require(SecurityContext security, String accountKey, String what) {
        CrmUser user = CrmPrincipal.of(security);
        if (!visibility.scopeOf(user).all() && !visibility.canSee(user, accountKey)) {
            throw new ScopeRefusal(what, accountKey);
        }
    }
}
