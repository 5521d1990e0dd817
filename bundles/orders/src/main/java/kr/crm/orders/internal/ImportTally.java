package kr.crm.orders.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.order.ImportReport;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import kr.crm.api.order.RowProblem;

/** Counts an import as it goes; keeps the first problems only, so a broken file cannot fill memory. */
final class ImportTally {
    static final int MAX_PROBLEMS = 1000;

    private final String source;
    private final Map<IngestOutcome, Long> outcomes = new EnumMap<>(IngestOutcome.class);
    private final List<RowProblem> problems = new ArrayList<>();
    private long rows;
    private long orders;

    ImportTally(String source) {
        this.source = source;
    }

    void row() {
        rows++;
    }

    void problem(RowProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** One order's result; a rejected order is reported against the row it started on. */
    void order(IngestResult result, long firstRow) {
        orders++;
        outcomes.merge(result.outcome(), 1L, Long::sum);
        if (result.outcome() == IngestOutcome.REJECTED) {
            problem(new RowProblem(firstRow, result.orderNo(), result.field(), result.reason()));
        }
    }

    ImportReport report() {
        return new ImportReport(source, rows, orders, Map.copyOf(outcomes), List.copyOf(problems));
    }
}
