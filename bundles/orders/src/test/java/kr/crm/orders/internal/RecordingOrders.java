package kr.crm.orders.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import kr.crm.api.order.IngestionReport;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.SalesOrder;

/** Takes every order in as a new customer's and keeps what it was given, batch by batch. */
final class RecordingOrders implements OrderService {
    final List<List<IncomingOrder>> batches = new ArrayList<>();

    List<IncomingOrder> all() {
        return batches.stream().flatMap(List::stream).toList();
    }

    IncomingOrder order(String orderNo) {
        return all().stream().filter(o -> o.orderNo().equals(orderNo)).findFirst().orElseThrow();
    }

    @Override
    public List<IngestResult> ingestAll(List<IncomingOrder> orders) {
        batches.add(List.copyOf(orders));
        return orders.stream().map(this::ingest).toList();
    }

    @Override
    public IngestResult ingest(IncomingOrder o) {
        return new IngestResult(o.source(), o.orderNo(), IngestOutcome.NEW_CUSTOMER, "C0000000000X", null, null);
    }

    @Override
    public Optional<SalesOrder> find(String source, String orderNo) {
        throw new UnsupportedOperationException();
    }

    @Override
    public IngestionReport report(String source, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<SalesOrder> ordersOf(String customerKey, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<kr.crm.api.order.MonthlyRevenue> monthlyRevenue(String customerKey, int months) {
        throw new UnsupportedOperationException();
    }
}
