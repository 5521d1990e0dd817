package kr.crm.identity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.customer.Customer;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.store.IdentityRow;
import kr.crm.api.store.SharedValue;

/**
 * Decides a page of the compaction scan in memory: each value's newer holders are scored against its
 * oldest by the matching rule; sure pairs merge into the older key, uncertain ones are queued. A merge
 * decided earlier in the page counts for the decisions after it, as it will in the database.
 */
final class PairDecider {
    private final IdentityNormalizer normalizer;
    private final int linkThreshold;
    private final int reviewFloor;
    private final boolean autoMerge;

    PairDecider(IdentityNormalizer normalizer, int linkThreshold, int reviewFloor, boolean autoMerge) {
        this.normalizer = normalizer;
        this.linkThreshold = linkThreshold;
        this.reviewFloor = reviewFloor;
        this.autoMerge = autoMerge;
    }

    /** Every decision for the page, in order, grouped so that no two groups touch the same customer. */
    List<List<PairAction>> decide(PageRead page) {
        Map<String, Customer> found = page.found();
        Map<String, Customer> byKey = new HashMap<>();
        found.values().forEach(c -> byKey.put(c.key(), c));
        Map<String, List<IdentityRow>> rows = new HashMap<>(page.rows());
        Map<String, String> mergedInto = new HashMap<>();
        Groups groups = new Groups();
        for (SharedValue value : page.values()) {
            List<Customer> holders = value.customerKeys().stream().map(found::get).filter(c -> c != null)
                    .map(c -> byKey.get(current(mergedInto, c.key()))).distinct()
                    .sorted(Comparator.comparing(Customer::createdAt).thenComparing(Customer::key)).toList();
            if (holders.size() < 2) {
                continue;
            }
            Customer oldest = holders.get(0);
            for (Customer newer : holders.subList(1, holders.size())) {
                if (newer.kind() != oldest.kind()) {
                    continue;
                }
                MatchScorer.Score score = DuplicateScorer.score(rows.getOrDefault(newer.key(), List.of()),
                        rows.getOrDefault(oldest.key(), List.of()), normalizer);
                if (score.value() >= linkThreshold && autoMerge) {
                    groups.add(new PairAction(true, oldest.key(), newer.key(), score));
                    mergedInto.put(newer.key(), oldest.key());
                    List<IdentityRow> both = new ArrayList<>(rows.getOrDefault(oldest.key(), List.of()));
                    both.addAll(rows.getOrDefault(newer.key(), List.of()));
                    rows.put(oldest.key(), both);
                    rows.remove(newer.key());
                } else if (score.value() >= reviewFloor) {
                    groups.add(new PairAction(false, oldest.key(), newer.key(), score));
                }
            }
        }
        return groups.lists();
    }

    private static String current(Map<String, String> mergedInto, String key) {
        String k = key;
        while (mergedInto.containsKey(k)) {
            k = mergedInto.get(k);
        }
        return k;
    }

    /** Pairs, in decision order, grouped by the customers they touch (union-find over keys). */
    private static final class Groups {
        private final Map<String, String> parent = new HashMap<>();
        private final List<PairAction> actions = new ArrayList<>();

        void add(PairAction a) {
            actions.add(a);
            String x = root(a.older());
            String y = root(a.newer());
            if (!x.equals(y)) {
                parent.put(y, x);
            }
        }

        private String root(String key) {
            String k = key;
            while (parent.containsKey(k)) {
                k = parent.get(k);
            }
            if (!k.equals(key)) {
                parent.put(key, k);
            }
            return k;
        }

        List<List<PairAction>> lists() {
            Map<String, List<PairAction>> byRoot = new LinkedHashMap<>();
            for (PairAction a : actions) {
                byRoot.computeIfAbsent(root(a.older()), k -> new ArrayList<>()).add(a);
            }
            return new ArrayList<>(byRoot.values());
        }
    }
}
