package kr.crm.orders.internal;

import kr.crm.api.common.ValidationException;
import kr.crm.api.order.ImportReport;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.RowProblem;

/**
 * One import of one file, in any format: each row becomes an order line, a row that cannot be read
 * is reported with its number, column and reason, and the rest goes on.
 */
final class ImportRun implements OrderFile.RowSink {
    private final OrderRows rows;
    private final ImportTally tally;
    private final OrderBatch batch;

    ImportRun(OrderService orders, ChannelConfig config, OrderRows rows) {
        this.rows = rows;
        this.tally = new ImportTally(config.source());
        this.batch = new OrderBatch(orders, config.source(), config.orderNoColumn(), tally);
    }

    @Override
    public void row(long rowNo, RowCells cells) {
        tally.row();
        OrderRows.Row row;
        try {
            row = rows.read(cells);
        } catch (ValidationException e) {
            tally.problem(new RowProblem(rowNo, null, e.field(), e.getMessage()));
            return;
        } catch (RuntimeException e) { // a cell the reader cannot turn into a value, e.g. a date out of range
            tally.problem(new RowProblem(rowNo, null, "row", "cannot be read (" + e.getClass().getSimpleName() + ")"));
            return;
        }
        try {
            batch.add(row, rowNo);
        } catch (ValidationException e) {
            tally.problem(new RowProblem(rowNo, null, e.field(), e.getMessage()));
        }
    }

    @Override
    public void brokenAt(long rowNo, String reason) {
        tally.problem(new RowProblem(rowNo, null, "file", reason));
    }

    ImportReport finish() {
        batch.finish();
        return tally.report();
    }
}
