package kr.crm.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.PartyResolution;
import kr.crm.api.identity.Resolution;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.ReviewStore;

/**
 * Resolves a batch of parties with the same rule and the same outcome as one by one, but with a
 * fixed number of statements: one read of every customer holding any of the batch's values, the
 * decisions in memory (a party may link to a customer made for an earlier party of the batch),
 * then one bulk create of the new customers and one bulk write of the index.
 */
final class BatchResolver {
    /** Stands for a customer the batch will create, until the create hands out its key. */
    private static final String PENDING = "\u0000new:";
    static final String UNUSABLE =
            "no usable identity: a name, phone, e-mail, business registration number or customer number is needed";

    private final IdentityStore index;
    private final ReviewStore reviews;
    private final CustomerService customers;
    private final IdentityNormalizer normalizer;
    private final MatchingConfig config;

    BatchResolver(IdentityStore index, ReviewStore reviews, CustomerService customers, IdentityNormalizer normalizer,
            MatchingConfig config) {
        this.index = index;
        this.reviews = reviews;
        this.customers = customers;
        this.normalizer = normalizer;
        this.config = config;
    }

    private record Review(String source, String newKey, String existingKey, int score, String rule) {
    }

    /** A batch's decisions before anything is written; pending keys stand in for new customers. */
    private static final class Decisions {
        final PartyResolution[] results;
        final Map<String, Integer> pendingByIdem = new LinkedHashMap<>();
        final List<CustomerDraft> drafts = new ArrayList<>();
        final List<String> idems = new ArrayList<>();
        final List<IdentityRow> rows = new ArrayList<>();
        final List<Review> reviews = new ArrayList<>();

        Decisions(int size) {
            results = new PartyResolution[size];
        }

        String pending(CustomerDraft draft, String idem) {
            Integer n = pendingByIdem.get(idem);
            if (n == null) {
                n = drafts.size();
                pendingByIdem.put(idem, n);
                drafts.add(draft);
                idems.add(idem);
            }
            return PENDING + n;
        }
    }

    List<PartyResolution> resolveAll(String source, List<PartyIdentity> parties, Instant now) {
        Probe[] probes = new Probe[parties.size()];
        Map<IdentityKind, Set<String>> values = new EnumMap<>(IdentityKind.class);
        for (int i = 0; i < probes.length; i++) {
            PartyIdentity party = parties.get(i);
            probes[i] = party == null ? null : Probe.of(party, normalizer);
            if (probes[i] != null) {
                probes[i].strongValues().forEach((k, v) -> values.computeIfAbsent(k, x -> new HashSet<>()).add(v));
            }
        }
        BatchIndex batch = new BatchIndex(values.isEmpty() ? List.of() : index.holders(values));
        Decisions decisions = new Decisions(probes.length);
        for (int i = 0; i < probes.length; i++) {
            decide(source, parties.get(i), probes[i], batch, decisions, i);
        }
        return write(decisions, batch, now);
    }

    private void decide(String source, PartyIdentity party, Probe probe, BatchIndex batch, Decisions d, int i) {
        if (probe == null) {
            d.results[i] = PartyResolution.rejected("name", "no customer given");
            return;
        }
        if (!probe.usable()) {
            d.results[i] = PartyResolution.rejected("name", UNUSABLE);
            return;
        }
        Candidate best = best(probe, batch);
        Resolution resolution;
        if (best != null && best.score().value() >= config.linkThreshold()) {
            resolution = new Resolution(best.key(), false, best.score().value(), best.score().rule(), false);
        } else {
            CustomerDraft draft;
            try {
                draft = NewCustomerDrafts.of(party, probe);
            } catch (ValidationException e) {
                d.results[i] = PartyResolution.rejected(e.field(), e.getMessage());
                return;
            }
            String key = d.pending(draft, NewCustomerDrafts.idempotencyKey(source, probe));
            boolean uncertain = best != null && best.score().value() >= config.reviewFloor() && !best.key().equals(key);
            if (uncertain) {
                d.reviews.add(new Review(source, key, best.key(), best.score().value(), best.score().rule()));
            }
            resolution = new Resolution(key, true, 0, null, uncertain);
        }
        d.results[i] = PartyResolution.of(resolution);
        for (IdentityRow row : IdentityRows.of(resolution.customerKey(), source, probe)) {
            d.rows.add(row);
            batch.add(row);
        }
    }

    private record Candidate(String key, MatchScorer.Score score) {
    }

    /** The highest-scoring customer sharing a value with the probe; ties go to the first key in order. */
    private Candidate best(Probe probe, BatchIndex batch) {
        Candidate best = null;
        for (String key : batch.candidates(probe.strongValues(), config.candidateLimit())) {
            MatchScorer.Score score = MatchScorer.score(probe, batch.rowsOf(key));
            if (score.value() > 0 && (best == null || score.value() > best.score().value())) {
                best = new Candidate(key, score);
            }
        }
        return best;
    }

    private List<PartyResolution> write(Decisions d, BatchIndex batch, Instant now) {
        List<Customer> created = d.drafts.isEmpty() ? List.of() : customers.createAll(d.drafts, d.idems);
        Map<String, String> keyOf = new HashMap<>();
        for (int n = 0; n < created.size(); n++) {
            keyOf.put(PENDING + n, created.get(n).key());
        }
        List<IdentityRow> fresh = new ArrayList<>();
        List<IdentityRow> known = new ArrayList<>();
        Set<BatchIndex.RowId> seen = new HashSet<>();
        for (IdentityRow row : d.rows) {
            IdentityRow real = new IdentityRow(keyOf.getOrDefault(row.customerKey(), row.customerKey()), row.source(),
                    row.kind(), row.entered(), row.canonical(), row.valid());
            if (seen.add(BatchIndex.RowId.of(real))) {
                (batch.isStored(real) ? known : fresh).add(real);
            }
        }
        index.recordBatch(fresh, known, now);
        for (Review r : d.reviews) {
            reviews.enqueue(keyOf.get(r.newKey()), r.existingKey(), r.source(), r.score(), r.rule(), now);
        }
        List<PartyResolution> results = new ArrayList<>(d.results.length);
        for (PartyResolution r : d.results) {
            Resolution res = r.resolution();
            results.add(res == null || !keyOf.containsKey(res.customerKey()) ? r
                    : PartyResolution.of(new Resolution(keyOf.get(res.customerKey()), res.created(), res.score(),
                            res.matchedOn(), res.queued())));
        }
        return results;
    }
}
