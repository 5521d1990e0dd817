package kr.crm.api.audit;

import java.time.YearMonth;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The access log (접속기록). Writing is durable before it returns: when {@link #record} returns, the entry is in the
 * database, or in the node's journal on its disk from which it is copied into the database right behind (decision
 * 259). Reads on a node see every entry that node has recorded.
 */
@ProviderType
public interface AccessLog {

    /**
     * Appends one entry to the chain; it gets its place (sequence number and hash) when it reaches the database.
     *
     * @throws RuntimeException if it could not be stored; the caller must then not hand out the data
     */
    void record(AccessEntry entry);

    /** The newest entries about one customer or contact person, newest first. */
    List<LoggedAccess> about(String customerKey, int limit);

    /** The newest entries, newest first. */
    List<LoggedAccess> recent(int limit);

    /** Walks the whole chain and reports the first row that was changed or removed. */
    ChainCheck verify();

    /** The review report of a month. */
    ReviewReport review(YearMonth month);

    /** Records that {@code reviewer} reviewed the month's report. */
    ReviewReport markReviewed(YearMonth month, String reviewer, String note);

    /** How many years entries are kept now: 1, or 2 once the CRM holds 50,000 or more people. */
    int retentionYears();
}
