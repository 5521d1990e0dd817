package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Param;

/** SQL in AccessLogMapper.xml. */
public interface AccessLogMapper {

    Map<String, Object> lockHead();

    Map<String, Object> head();

    /** One index row: whose data a log row holds. */
    record Subject(String key, long seq, long atMs) {
    }

    /** One access_log row as written. */
    record LogRow(long seq, long atMs, String user, String source, String action, String keys, int rows,
            String resource, String reason, String prevHash, String hash) {
    }

    int insertRow(@Param("r") LogRow row);

    int insertSubject(@Param("s") Subject subject);

    int moveHead(@Param("seq") long seq, @Param("hash") String hash);

    int markPruned(@Param("seq") long seq);

    /** A journal's copied mark, locked; null if none is kept. */
    Long lockJournal(@Param("journal") String journal);

    Long journal(@Param("journal") String journal);

    int markJournal(@Param("journal") String journal, @Param("through") long through);

    int dropFinishedJournals(@Param("days") int days);

    List<Map<String, Object>> range(@Param("after") long after, @Param("until") long until, @Param("limit") int limit);

    List<Map<String, Object>> about(@Param("key") String key, @Param("limit") int limit);

    List<Map<String, Object>> recent(@Param("limit") int limit);

    List<Map<String, Object>> actions(@Param("actions") List<String> actions, @Param("from") long from,
            @Param("to") long to, @Param("limit") int limit);

    List<Map<String, Object>> bulkReads(@Param("minRows") int minRows, @Param("from") long from, @Param("to") long to,
            @Param("limit") int limit);

    List<Map<String, Object>> topReaders(@Param("from") long from, @Param("to") long to, @Param("limit") int limit);

    int addReview(@Param("month") String month, @Param("reviewer") String reviewer, @Param("note") String note,
            @Param("at") Instant at);

    List<Map<String, Object>> reviews(@Param("month") String month);

    long peopleHeld();

    List<Map<String, Object>> oldest(@Param("cutoff") long cutoff, @Param("limit") int limit);

    int deleteSubjectsThrough(@Param("seq") long seq, @Param("cutoff") long cutoff);

    int deleteThrough(@Param("seq") long seq, @Param("cutoff") long cutoff);
}
