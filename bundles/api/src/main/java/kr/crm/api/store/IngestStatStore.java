package kr.crm.api.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import org.osgi.annotation.versioning.ProviderType;

/** Storage of per-source ingestion counts and rejections. */
@ProviderType
public interface IngestStatStore {

    /** Counts one result on its day; keeps a rejection with its reason. */
    void count(IngestResult result, LocalDate day, Instant at);

    /** Counts many results on their day in one transaction, keeping the rejections. @since 2.0 */
    void countAll(List<IngestResult> results, LocalDate day, Instant at);

    Map<IngestOutcome, Long> outcomes(String source, LocalDate from, LocalDate to);

    /** The latest rejections, newest first. */
    List<IngestResult> rejections(String source, LocalDate from, LocalDate to, int limit);
}
