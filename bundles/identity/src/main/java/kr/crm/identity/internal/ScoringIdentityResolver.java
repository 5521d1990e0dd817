package kr.crm.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.IdentityResolver;
import kr.crm.api.identity.Resolution;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityRow;
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
    private final IdentityStore index;
    private final ReviewStore reviews;
    private final CustomerService customers;
    private final IdentityNormalizer normalizer;
    private final MatchingConfig config;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ScoringIdentityResolver(@Reference IdentityStore index, @Reference ReviewStore reviews,
            @Reference CustomerService customers, @Reference IdentityNormalizer normalizer, MatchingConfig config) {
        this.index = index;
        this.reviews = reviews;
        this.customers = customers;
        this.normalizer = normalizer;
        this.config = config;
    }

    @Override
    public Resolution resolve(String source, PartyIdentity party) {
        if (party == null) {
            throw new ValidationException("name", "no customer given");
        }
        Probe probe = Probe.of(party, normalizer);
        if (!probe.usable()) {
            throw new ValidationException("name",
                    "no usable identity: a name, phone, e-mail, business registration number or customer number is needed");
        }
        Candidate best = bestCandidate(probe);
        Resolution resolution;
        if (best != null && best.score().value() >= config.linkThreshold()) {
            resolution = new Resolution(best.key(), false, best.score().value(), best.score().rule(), false);
        } else {
            Customer created = customers.create(NewCustomerDrafts.of(party, probe),
                    NewCustomerDrafts.idempotencyKey(source, probe));
            boolean uncertain = best != null && best.score().value() >= config.reviewFloor()
                    && !best.key().equals(created.key());
            if (uncertain) {
                reviews.enqueue(created.key(), best.key(), source, best.score().value(), best.score().rule(),
                        clock.instant());
            }
            resolution = new Resolution(created.key(), true, 0, null, uncertain);
        }
        index.record(IdentityRows.of(resolution.customerKey(), source, probe), clock.instant());
        return resolution;
    }

    private record Candidate(String key, MatchScorer.Score score) {
    }

    /** The highest-scoring customer sharing a value with the probe; ties go to the older key order. */
    private Candidate bestCandidate(Probe probe) {
        Map<String, List<IdentityRow>> byCustomer = index.candidates(probe.strongValues(), config.candidateLimit())
                .stream().collect(Collectors.groupingBy(IdentityRow::customerKey, TreeMap::new, Collectors.toList()));
        Candidate best = null;
        for (Map.Entry<String, List<IdentityRow>> candidate : byCustomer.entrySet()) {
            MatchScorer.Score score = MatchScorer.score(probe, candidate.getValue());
            if (score.value() > 0 && (best == null || score.value() > best.score().value())) {
                best = new Candidate(candidate.getKey(), score);
            }
        }
        return best;
    }
}
