package kr.crm.tools.testdata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory data set: the true customers, the channel records spelled from them, and the ground
 * truth a matcher is measured against. For large sizes use {@link TestDataGenerator#records(long)}.
 *
 * @param customers the true customers, index order
 * @param records the channel records, in generation order
 */
public record DataSet(List<TrueCustomer> customers, List<ChannelRecord> records) {

    /** Copies the lists. */
    public DataSet {
        customers = List.copyOf(customers);
        records = List.copyOf(records);
    }

    /** Ground truth for every record: {@link ChannelRecord#recordId()} to trueId. */
    public Map<String, String> trueIdByRecordId() {
        Map<String, String> truth = new LinkedHashMap<>();
        for (ChannelRecord r : records) {
            truth.put(r.recordId(), r.trueId());
        }
        return truth;
    }

    /**
     * The record ids of each true customer, among the records that have an identity key
     * ({@link ChannelRecord#hasIdentity()}); records without one are to be rejected, not merged.
     */
    public Map<String, List<String>> identifiableRecordsByTrueId() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (ChannelRecord r : records) {
            if (r.hasIdentity()) {
                groups.computeIfAbsent(r.trueId(), k -> new ArrayList<>()).add(r.recordId());
            }
        }
        return groups;
    }

    /**
     * Every pair of records with an identity key that belong to the same true customer: what a
     * perfect matcher merges. Precision = |found ∩ true| / |found|, recall = |found ∩ true| / |true|.
     */
    public Set<RecordPair> truePairs() {
        Set<RecordPair> pairs = new HashSet<>();
        for (List<String> ids : identifiableRecordsByTrueId().values()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.add(RecordPair.of(ids.get(i), ids.get(j)));
                }
            }
        }
        return pairs;
    }

    /** {@code truePairs().size()}, without building the set. */
    public long truePairCount() {
        long count = 0;
        for (List<String> ids : identifiableRecordsByTrueId().values()) {
            count += (long) ids.size() * (ids.size() - 1) / 2;
        }
        return count;
    }
}
