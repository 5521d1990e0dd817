package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kr.crm.api.store.MergeStore.Planned;

/**
 * Merges inside one transaction, in sets (decision 77). The customers of the whole batch are locked
 * in one statement; which merges can still be made is decided in order from what the lock read, as
 * one merge after the other would find it; then the merges are written round by round, a round
 * holding merges none of whose customers is in another merge of the same round (a merge comes in
 * the round after the last one that touched either of its customers). Each statement of a round
 * does for all its merges what the statement of a single merge did, in the same order, so every
 * merge is recorded with exactly the items it moved and undo stays per merge.
 */
final class MergeBatch {
    private final MergeMapper m;

    MergeBatch(MergeMapper m) {
        this.m = m;
    }

    /** What the lock read of one customer, updated as the batch's merges are decided. */
    private record Standing(String kind, String mergedInto) {
    }

    /**
     * @return for each planned merge, in order, the id of the merge made, or null where it was
     *     skipped: a customer missing, merged away, the same, of another kind, or shared with a
     *     merge skipped before it
     */
    List<Long> run(List<Planned> batch, String by, Instant at) {
        Map<String, Standing> standing = lock(batch);
        Set<String> held = new HashSet<>();
        Map<String, Integer> lastRound = new HashMap<>();
        List<List<Integer>> rounds = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Planned p = batch.get(i);
            String s = p.survivorKey();
            String d = p.mergedKey();
            if (held.contains(s) || held.contains(d) || !mergeable(standing.get(s), standing.get(d), s, d)) {
                held.add(s);
                held.add(d);
                continue;
            }
            standing.put(d, new Standing(standing.get(d).kind(), s));
            int round = Math.max(lastRound.getOrDefault(s, 0), lastRound.getOrDefault(d, 0));
            lastRound.put(s, round + 1);
            lastRound.put(d, round + 1);
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(i);
        }
        List<Long> ids = new ArrayList<>(Collections.nCopies(batch.size(), null));
        for (List<Integer> round : rounds) {
            List<Planned> merges = round.stream().map(batch::get).toList();
            List<Long> made = write(merges, by, at);
            for (int k = 0; k < round.size(); k++) {
                ids.set(round.get(k), made.get(k));
            }
        }
        return ids;
    }

    private Map<String, Standing> lock(List<Planned> batch) {
        Set<String> keys = new LinkedHashSet<>();
        batch.forEach(p -> {
            keys.add(p.survivorKey());
            keys.add(p.mergedKey());
        });
        Map<String, Standing> standing = new HashMap<>();
        if (!keys.isEmpty()) {
            for (Map<String, Object> row : m.lockAll(keys)) {
                standing.put(String.valueOf(row.get("customer_key")), new Standing(String.valueOf(row.get("kind")),
                        (String) row.get("merged_into")));
            }
        }
        return standing;
    }

    /** Both exist, same kind, neither merged away. */
    private static boolean mergeable(Standing survivor, Standing merged, String s, String d) {
        return survivor != null && merged != null && !s.equals(d) && Objects.equals(survivor.kind(), merged.kind())
                && survivor.mergedInto() == null && merged.mergedInto() == null;
    }

    /** The aliases of the round's merged keys, each to move with its key's merge. */
    private List<MergeMapper.AliasMove> aliasesOf(List<Planned> merges, List<Long> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < merges.size(); k++) {
            index.put(merges.get(k).mergedKey(), k);
        }
        List<MergeMapper.AliasMove> moves = new ArrayList<>();
        for (Map<String, Object> row : m.aliasesOfAll(index.keySet())) {
            int k = index.get(String.valueOf(row.get("customer_key")));
            moves.add(new MergeMapper.AliasMove(ids.get(k), String.valueOf(row.get("alias_key")),
                    merges.get(k).survivorKey()));
        }
        return moves;
    }

    /** One round: customers all different. @return the merges' ids, in the order given */
    private List<Long> write(List<Planned> merges, String by, Instant at) {
        m.insertMerges(merges, by, at);
        long first = m.lastId();
        List<String> mergedKeys = merges.stream().map(Planned::mergedKey).toList();
        Map<String, Long> idOf = new HashMap<>();
        for (Map<String, Object> row : m.newMerges(first, mergedKeys)) {
            idOf.put(String.valueOf(row.get("merged_key")), ((Number) row.get("id")).longValue());
        }
        List<Long> ids = mergedKeys.stream().map(idOf::get).toList();
        if (ids.contains(null) || idOf.size() != merges.size()) {
            throw new IllegalStateException("merge rows not read back as written");
        }
        List<MergeMapper.AliasMove> aliases = aliasesOf(merges, ids);
        m.listItemsOf(ids);
        if (!aliases.isEmpty()) {
            m.listAliases(aliases);
            m.moveAliasesTo(aliases);
        }
        Set<String> listed = new HashSet<>();
        m.itemCountsOf(ids).forEach(row -> listed.add(String.valueOf(row.get("name"))));
        // a table none of the round's merges listed a row of has nothing to move: its statement is left out
        if (listed.contains("task_cancelled")) {
            m.cancelListedTasksOf(ids, at);
        }
        if (listed.contains("task")) {
            m.moveListedTasksOf(ids);
        }
        if (listed.contains("contact_log")) {
            m.moveListedContactLogsOf(ids);
        }
        if (listed.contains("sales_order")) {
            m.moveOrdersOf(ids);
        }
        if (listed.contains("contact_person")) {
            m.moveContactsOf(ids);
        }
        if (listed.contains("customer_identity")) {
            m.moveIdentitiesOf(ids);
        }
        m.markMergedOf(ids, at);
        m.insertAliasesOf(ids);
        return ids;
    }
}
