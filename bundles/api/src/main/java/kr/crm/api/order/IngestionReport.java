package kr.crm.api.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one source delivered over a period, from every entry point.
 *
 * @param source the source
 * @param from first day (Asia/Seoul)
 * @param to last day
 * @param outcomes orders per outcome: received = their sum; linked, new customers, queued, updated, rejected
 * @param rejections the latest rejected orders with their reasons (at most 100)
 */
public record IngestionReport(String source, LocalDate from, LocalDate to, Map<IngestOutcome, Long> outcomes,
        List<IngestResult> rejections) {
}
