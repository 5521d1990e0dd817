package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.crm.api.identity.SourcedValue;
import org.apache.ibatis.annotations.Param;

/** SQL in MergeMapper.xml. */
public interface MergeMapper {

    /** The two customers, locked: rows of customer_key, kind, merged_into. */
    List<Map<String, Object>> lockCustomers(@Param("a") String a, @Param("b") String b);

    int insertMerge(@Param("survivor") String survivor, @Param("merged") String merged, @Param("reason") String reason,
            @Param("by") String by, @Param("at") Instant at);

    long lastId();

    int listItems(@Param("id") long mergeId, @Param("merged") String merged, @Param("survivor") String survivor);

    int moveTasks(@Param("from") String from, @Param("to") String to, @Param("id") long mergeId);

    int moveContactLogs(@Param("from") String from, @Param("to") String to, @Param("id") long mergeId);

    int setListedTasks(@Param("id") long mergeId, @Param("was") String was, @Param("status") String status,
            @Param("at") Instant at);

    /** Moves rows from one key to another; with a merge id only the rows that merge listed. */
    int moveOrders(@Param("from") String from, @Param("to") String to, @Param("id") Long onlyItemsOf);

    int moveContacts(@Param("from") String from, @Param("to") String to, @Param("id") Long onlyItemsOf);

    int moveIdentities(@Param("from") String from, @Param("to") String to, @Param("id") Long onlyItemsOf);

    int moveAliases(@Param("from") String from, @Param("to") String to, @Param("id") Long onlyItemsOf);

    int markMerged(@Param("key") String key, @Param("into") String into, @Param("at") Instant at);

    int insertAlias(@Param("alias") String alias, @Param("key") String key, @Param("id") long mergeId);

    int deleteAlias(@Param("alias") String alias, @Param("id") long mergeId);

    MergeRow lockMerge(@Param("id") long mergeId);

    MergeRow findMerge(@Param("id") long mergeId);

    List<MergeRow> mergesOf(@Param("key") String customerKey);

    int markUndone(@Param("id") long mergeId, @Param("by") String by, @Param("at") Instant at);

    List<Map<String, Object>> itemCounts(@Param("id") long mergeId);

    List<String> aliasesOf(@Param("key") String customerKey);

    List<SourcedValue> valuesOf(@Param("key") String customerKey);
}
