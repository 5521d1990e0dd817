package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.crm.api.identity.SourcedValue;
import kr.crm.api.store.MergeStore;
import org.apache.ibatis.annotations.Param;

/** SQL in MergeMapper.xml. */
public interface MergeMapper {

    /** The two customers, locked: rows of customer_key, kind, merged_into. */
    List<Map<String, Object>> lockCustomers(@Param("a") String a, @Param("b") String b);

    /** Customers locked: rows of customer_key, kind, merged_into. */
    List<Map<String, Object>> lockAll(@Param("keys") Collection<String> keys);

    int insertMerges(@Param("merges") List<MergeStore.Planned> merges, @Param("by") String by, @Param("at") Instant at);

    long lastId();

    /** Rows of id, merged_key: the merges of these merged keys inserted from id {@code from} on, not undone. */
    List<Map<String, Object>> newMerges(@Param("from") long from, @Param("merged") List<String> mergedKeys);

    // one round of merges, by their ids (MergeBatch): each statement for all of them
    int listItemsOf(@Param("ids") List<Long> ids);

    /** Rows of name (item_table), n: what the round's merges listed, by table. */
    List<Map<String, Object>> itemCountsOf(@Param("ids") List<Long> ids);

    int cancelListedTasksOf(@Param("ids") List<Long> ids, @Param("at") Instant at);

    int moveListedTasksOf(@Param("ids") List<Long> ids);

    int moveListedContactLogsOf(@Param("ids") List<Long> ids);

    int moveOrdersOf(@Param("ids") List<Long> ids);

    int moveContactsOf(@Param("ids") List<Long> ids);

    int moveIdentitiesOf(@Param("ids") List<Long> ids);

    /** Rows of alias_key, customer_key: the aliases of these keys (a consistent read, no locks). */
    List<Map<String, Object>> aliasesOfAll(@Param("keys") Collection<String> keys);

    /** An alias that moves with merge {@code mergeId} to {@code survivorKey}. */
    record AliasMove(long mergeId, String aliasKey, String survivorKey) {
    }

    int listAliases(@Param("moves") List<AliasMove> moves);

    int moveAliasesTo(@Param("moves") List<AliasMove> moves);

    int markMergedOf(@Param("ids") List<Long> ids, @Param("at") Instant at);

    int insertAliasesOf(@Param("ids") List<Long> ids);

    // undo: moves back what a merge listed
    int moveTasks(@Param("from") String from, @Param("to") String to, @Param("id") long mergeId);

    int moveContactLogs(@Param("from") String from, @Param("to") String to, @Param("id") long mergeId);

    int setListedTasks(@Param("id") long mergeId, @Param("was") String was, @Param("status") String status,
            @Param("at") Instant at);

    /** Moves the rows merge {@code mergeId} listed from one key to another. */
    int moveOrders(@Param("from") String from, @Param("to") String to, @Param("id") long mergeId);

    int moveContacts(@Param("from") String from, @Param("to") String to, @Param("id") long mergeId);

    int moveIdentities(@Param("from") String from, @Param("to") String to, @Param("id") long mergeId);

    int moveAliases(@Param("from") String from, @Param("to") String to, @Param("id") long mergeId);

    int markMerged(@Param("key") String key, @Param("into") String into, @Param("at") Instant at);

    int deleteAlias(@Param("alias") String alias, @Param("id") long mergeId);

    MergeRow lockMerge(@Param("id") long mergeId);

    MergeRow findMerge(@Param("id") long mergeId);

    List<MergeRow> mergesOf(@Param("key") String customerKey);

    int markUndone(@Param("id") long mergeId, @Param("by") String by, @Param("at") Instant at);

    List<Map<String, Object>> itemCounts(@Param("id") long mergeId);

    List<String> aliasesOf(@Param("key") String customerKey);

    List<SourcedValue> valuesOf(@Param("key") String customerKey);
}
