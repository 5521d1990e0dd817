package kr.crm.orders.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.RowProblem;

/**
 * Groups the adjacent rows of one order into that order and hands orders to the
 * {@link OrderService} in batches, so memory stays bounded however long the file.
 */
final class OrderBatch {
    /**
     * Ten of the order service's chunks ({@link DefaultOrderService#CHUNK}) per hand-over, so that it writes
     * one chunk while it links the next; a few megabytes of orders held at a time however long the file.
     */
    static final int SIZE = 10 * DefaultOrderService.CHUNK;

    private final OrderService orders;
    private final String source;
    private final String orderNoColumn;
    private final ImportTally tally;
    private final List<IncomingOrder> pending = new ArrayList<>();
    private final List<Long> firstRows = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<OrderLine> lines = new ArrayList<>();
    private OrderRows.Row head;
    private long headRow;

    OrderBatch(OrderService orders, String source, String orderNoColumn, ImportTally tally) {
        this.orders = orders;
        this.source = source;
        this.orderNoColumn = orderNoColumn;
        this.tally = tally;
    }

    void add(OrderRows.Row row, long rowNo) {
        if (head != null && head.orderNo().equals(row.orderNo())) {
            lines.add(renumbered(row.line(), lines.size() + 1));
            return;
        }
        closeOrder();
        if (!seen.add(row.orderNo())) {
            tally.problem(new RowProblem(rowNo, row.orderNo(), orderNoColumn,
                    "appears again after other orders; the lines of one order must be on adjacent rows"));
            return;
        }
        head = row;
        headRow = rowNo;
        lines.add(renumbered(row.line(), 1));
    }

    /** Hands over the last order and whatever is still pending. */
    void finish() {
        closeOrder();
        flush(true);
    }

    private void closeOrder() {
        if (head == null) {
            return;
        }
        BigDecimal total = lines.stream().map(l -> l.amount() == null ? BigDecimal.ZERO : l.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        pending.add(new IncomingOrder(source, head.orderNo(), head.orderedAt(), head.status(), head.buyer(),
                head.recipient(), "KRW", total, List.copyOf(lines)));
        firstRows.add(headRow);
        head = null;
        lines.clear();
        flush(false);
    }

    private void flush(boolean last) {
        if (pending.size() >= SIZE || (last && !pending.isEmpty())) {
            var results = orders.ingestAll(pending);
            for (int i = 0; i < results.size(); i++) {
                tally.order(results.get(i), firstRows.get(i));
            }
            pending.clear();
            firstRows.clear();
        }
    }

    private static OrderLine renumbered(OrderLine l, int lineNo) {
        return new OrderLine(lineNo, l.productCode(), l.productName(), l.category(), l.quantity(), l.unitPrice(),
                l.amount(), l.margin());
    }
}
