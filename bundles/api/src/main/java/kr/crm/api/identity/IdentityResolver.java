package kr.crm.api.identity;

import java.util.List;
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

    /**
     * Resolves many parties of one source as if one by one in list order (a party may link to a
     * customer created for an earlier one), reading and writing in a few statements instead of a
     * few per party. A party that cannot be used is rejected in its place; the others go on.
     *
     * @return one result per party, in input order
     * @since 0.2
     */
    List<PartyResolution> resolveAll(String source, List<PartyIdentity> parties);
}
