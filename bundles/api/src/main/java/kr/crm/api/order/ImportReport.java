package kr.crm.api.order;

import java.util.List;
import java.util.Map;

/**
 * What an import of a channel's file did.
 *
 * @param source the channel
 * @param rows data rows read (header not counted)
 * @param orders orders the rows made up
 * @param outcomes orders per outcome (LINKED, NEW_CUSTOMER, QUEUED, UPDATED, REJECTED)
 * @param problems rows or orders not taken in, with reasons (at most the first 1,000)
 */
public record ImportReport(String source, long rows, long orders, Map<IngestOutcome, Long> outcomes,
        List<RowProblem> problems) {
}
