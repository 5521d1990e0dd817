package kr.crm.api.store;

import java.util.List;
import java.util.Optional;
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

    /** Stores a token hash for a user. The token itself is never stored. */
    void insertToken(String username, String tokenHash, String label);

    /** The enabled user owning a token with this hash. */
    Optional<StoredUser> findUserByTokenHash(String tokenHash);
}
