package kr.crm.api.security;

import java.util.List;
import java.util.Set;
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
     * Issues a new API token for a user. The token is returned once and stored only as a hash.
     *
     * @param label what the token is for, e.g. {@code erp-batch}
     */
    String issueToken(String username, String label);

    /** Every user, by user name. */
    List<CrmUser> listUsers();
}
