package kr.crm.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/** Administration of the standalone user directory (used when no host resolver vouches). */
@ProviderType
public interface UserDirectory {

    /**
     * Creates a user, or replaces the display name, roles and password of an existing one.
     *
     * @param password the new password, or null to leave it unchanged (or unset for a new user)
     * @throws ValidationException for an unknown role, a bad user name or a weak password
     */
    CrmUser saveUser(String username, String displayName, Set<String> roles, char[] password);

    /**
     * As {@link #saveUser(String, String, Set, char[])}, recording each role granted or revoked in the permission
     * history under {@code actor}.
     *
     * @since 1.2
     */
    CrmUser saveUser(String username, String displayName, Set<String> roles, char[] password, String actor);

    /**
     * Since when the user's password login is locked after too many failures in a row; empty if it is not.
     *
     * @since 1.2
     */
    Optional<Instant> lockedSince(String username);

    /**
     * Lifts a lock and clears the failure count. @return false if the user was not locked
     *
     * @throws NotFoundException for an unknown user
     * @since 1.2
     */
    boolean unlock(String username, String actor);

    /**
     * The user's permission history, newest first.
     *
     * @since 1.2
     */
    List<RoleChange> history(String username, int limit);

    /**
     * Issues a new API token for a user. The token is returned once and stored only as a hash.
     *
     * @param label what the token is for, e.g. {@code erp-batch}
     */
    String issueToken(String username, String label);

    /** Every user, by user name. */
    List<CrmUser> listUsers();
}
