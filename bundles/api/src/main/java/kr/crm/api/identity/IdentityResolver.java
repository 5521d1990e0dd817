package kr.crm.api.identity;

import kr.crm.api.common.ValidationException;
import kr.crm.api.order.PartyIdentity;
import org.osgi.annotation.versioning.ProviderType;

/** Links a party as a channel delivered it to one customer key, creating the customer if needed. */
@ProviderType
public interface IdentityResolver {

    /**
     * @param source the channel that delivered the party
     * @throws ValidationException if the party carries no usable identity at all
     */
    Resolution resolve(String source, PartyIdentity party);
}
