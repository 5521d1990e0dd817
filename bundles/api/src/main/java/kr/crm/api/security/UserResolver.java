package kr.crm.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI through which a host ERP vouches for its signed-in users: turns a request into a user
 * with CRM roles. Register an implementation as an OSGi service; resolvers are asked in
 * descending {@code service.ranking} order and the first that returns a user wins. The CRM
 * ships a standalone resolver (users and hashed tokens in MariaDB) at ranking 0.
 */
@ConsumerType
public interface UserResolver {

    /**
     * @return the user the request carries credentials for, or empty if this resolver does not
     *     recognise the request (another resolver may)
     */
    Optional<CrmUser> resolve(AuthenticationRequest request);
}
