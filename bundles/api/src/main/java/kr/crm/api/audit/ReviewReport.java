package kr.crm.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * The monthly review of the access log.
 *
 * @param month {@code yyyy-MM}, Korean time
 * @param exports every export, download and print of the month
 * @param offHourBulkReads reads of at least {@code bulkRows} rows outside working hours (Korean time)
 * @param denied attempts the CRM refused ({@link AccessAction#DENIED}): someone reaching for data not theirs to see
 * @param topReaders the accounts that read the most rows, most first
 * @param reviews who marked the report reviewed, and when
 */
public record ReviewReport(String month, int bulkRows, List<LoggedAccess> exports, List<LoggedAccess> offHourBulkReads,
        List<LoggedAccess> denied, List<Reader> topReaders, List<Review> reviews) {

    /** One account's reads in the month. */
    public record Reader(String user, long accesses, long rows) {
    }

    /** A review of a month's report. */
    public record Review(String reviewer, Instant at, String note) {
    }
}
