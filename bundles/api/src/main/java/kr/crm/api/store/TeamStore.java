package kr.crm.api.store;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.security.AccountScope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Team membership, and which accounts a scope lets through. Each method is one transaction.
 *
 * @since 2.8
 */
@ProviderType
public interface TeamStore {

    Optional<String> teamOf(String username);

    /** The user names in a team. */
    Set<String> members(String team);

    /** Sets or, with a null team, removes a user's membership, as {@code system}. */
    default void setTeam(String username, String team) {
        setTeam(username, team, "system");
    }

    /**
     * Sets or, with a null team, removes a user's membership and, if that changes it, writes a
     * {@link kr.crm.api.security.RoleChange.Kind#TEAM} entry in the permission history in the same transaction.
     *
     * @return true if the membership changed
     * @since 2.12
     */
    boolean setTeam(String username, String team, String byUser);

    /**
     * Those of {@code keys} that name a customer (not merged away) or a contact person whose account
     * {@code scope} lets through.
     */
    Set<String> visibleKeys(AccountScope scope, Collection<String> keys);
}
