package kr.crm.api.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who sees which accounts, and which team a user belongs to. An admin sees every account; a manager
 * the accounts of every member of his or her team; a rep those he or she owns or has an open task for;
 * a viewer every account, read-only with phones and e-mails masked (decision 190). Reads of an account a caller may not see
 * answer as if it did not exist.
 *
 * @since 1.3
 */
@ProviderType
public interface AccountVisibility {

    /** The accounts the signed-in user may see. */
    AccountScope scopeOf(CrmUser user);

    /**
     * The accounts a user known only by name may see, e.g. the owner of a CardDAV address book: the roles
     * come from the standalone user directory; a user it does not hold is scoped as a rep.
     */
    AccountScope scopeOf(String username);

    /**
     * Those of {@code keys} (customer keys or contact-person keys) that exist and that {@code user} may see.
     * A contact person is visible with its account.
     */
    Set<String> visible(CrmUser user, Collection<String> keys);

    /** True if {@code key} is a customer or contact person that {@code user} may see. */
    default boolean canSee(CrmUser user, String key) {
        return key != null && visible(user, Set.of(key)).contains(key);
    }

    /** The team a user belongs to, if any. */
    Optional<String> teamOf(String username);

    /**
     * Puts a user in a team, or takes him or her out of any with a null or blank {@code team}, as {@code system}.
     *
     * @throws kr.crm.api.common.ValidationException for a bad user or team name
     */
    default void setTeam(String username, String team) {
        setTeam(username, team, "system");
    }

    /**
     * Puts a user in a team, or takes him or her out of any with a null or blank {@code team}; a change is kept in
     * the permission history under {@code byUser}, a call that changes nothing writes nothing.
     *
     * @throws kr.crm.api.common.ValidationException for a bad user or team name
     * @since 1.4
     */
    void setTeam(String username, String team, String byUser);
}
