package kr.crm.identity.internal;

import java.time.Clock;
import java.util.Collections;
import java.util.List;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.IdentityResolver;
import kr.crm.api.identity.PartyResolution;
import kr.crm.api.identity.Resolution;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.ReviewStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Links a party to the best-scoring customer sharing one of its values (see {@link MatchScorer}),
 * or makes a new customer when none reaches the link threshold (queueing the pair for review when
 * the best score reaches the review floor); either way the party's values go into the identity
 * index under its source.
 */
@Component(service = IdentityResolver.class, configurationPid = "kr.crm.identity.matching")
@Designate(ocd = MatchingConfig.class)
public final class ScoringIdentityResolver implements IdentityResolver {
    private final BatchResolver batch;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ScoringIdentityResolver(@Reference IdentityStore index, @Reference ReviewStore reviews,
            @Reference CustomerService customers, @Reference IdentityNormalizer normalizer, MatchingConfig config) {
        this.batch = new BatchResolver(index, reviews, customers, normalizer, config);
    }

    @Override
    public Resolution resolve(String source, PartyIdentity party) {
        PartyResolution result = resolveAll(source, Collections.singletonList(party)).get(0);
        if (result.isRejected()) {
            throw new ValidationException(result.field(), result.reason());
        }
        return result.resolution();
    }

    @Override
    public List<PartyResolution> resolveAll(String source, List<PartyIdentity> parties) {
        return parties.isEmpty() ? List.of() : batch.resolveAll(source, parties, clock.instant());
    }
}
