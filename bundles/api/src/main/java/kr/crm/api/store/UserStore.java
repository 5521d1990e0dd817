package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.security.RoleChange;
import org.osgi.annotation.versioning.ProviderType;

/** Storage of the standalone user directory: users, their roles and hashed API tokens. */
@ProviderType
public interface UserStore {

    /** @return false if the user name is taken */
    boolean insertUser(StoredUser user);

    /** Replaces display name, roles, password hash and enabled flag. @return false if absent */
    boolean updateUser(StoredUser user);

    Optional<StoredUser> findUser(String username);

    List<StoredUser> listUsers();

    /**
     * Creates a user and records its roles as granted, in one transaction. @return false if the name is taken
     *
     * @since 2.6
     */
    boolean insertUser(StoredUser user, List<RoleChange> changes);

    /**
     * Replaces a user as {@link #updateUser(StoredUser)} and records the role changes, in one transaction.
     *
     * @since 2.6
     */
    boolean updateUser(StoredUser user, List<RoleChange> changes);

    /**
     * Counts a failed password login; the count reaching {@code lockAfter} (0: never) locks the login and records
     * that in the permission history, in the same transaction. @return the failures in a row now
     *
     * @since 2.6
     */
    int recordFailedLogin(String username, int lockAfter, Instant at);

    /** Sets the failures in a row back to 0 after a good login. @since 2.6 */
    void clearFailedLogins(String username);

    /**
     * A user's failed password logins in a row and since when the login is locked (null if it is not).
     *
     * @since 2.6
     */
    record LoginState(int failures, Instant lockedAt) {
        public static final LoginState CLEAR = new LoginState(0, null);
    }

    /** The login state of a user; {@link LoginState#CLEAR} for an unknown one. @since 2.6 */
    LoginState loginState(String username);

    /** Lifts a lock and records it. @return false if the user was not locked @since 2.6 */
    boolean unlock(String username, String by, Instant at);

    /** The permission history of a user, newest first. @since 2.6 */
    List<RoleChange> roleHistory(String username, int limit);

    /** Stores a token hash for a user. The token itself is never stored. */
    void insertToken(String username, String tokenHash, String label);

    /** The enabled user owning a token with this hash. */
    Optional<StoredUser> findUserByTokenHash(String tokenHash);
}
