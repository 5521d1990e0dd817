package kr.crm.persistence.internal;

import static kr.crm.persistence.internal.GradeRows.decimal;
import static kr.crm.persistence.internal.GradeRows.instant;
import static kr.crm.persistence.internal.GradeRows.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.GroupSums;
import kr.crm.api.analytics.OrderSums;
import kr.crm.api.analytics.ReportFilter;
import kr.crm.api.analytics.RfmCutPoints;
import kr.crm.api.analytics.RfmGrid;
import kr.crm.api.store.AnalyticsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Customer measures and the analytics reports' reads over AnalyticsMapper.xml. */
@Component(service = AnalyticsStore.class)
public final class MyBatisAnalyticsStore implements AnalyticsStore {
    /** Measure rows per statement and transaction. */
    static final int CHUNK = 500;
    private static final String NS = AnalyticsMapper.class.getName() + ".";

    private final SqlSessions sessions;

    @Activate
    public MyBatisAnalyticsStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<OrderSums> sums(Instant since, Instant previousSince, Collection<String> customerKeys) {
        if (customerKeys != null && customerKeys.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>();
        p.put("since", since);
        p.put("previousSince", previousSince);
        List<OrderSums> sums = new ArrayList<>();
        if (customerKeys == null) {
            Map<String, String> survivors = new HashMap<>();
            each("aliases", p, row -> survivors.put((String) row.get("aliasKey"), (String) row.get("customerKey")));
            Map<String, OrderSums> byCustomer = new HashMap<>();
            each("sumsPerKey", p, row -> {
                OrderSums s = AnalyticsRows.sumsOf(row);
                byCustomer.merge(survivors.getOrDefault(s.customerKey(), s.customerKey()), s, AnalyticsRows::plus);
            });
            survivors.clear();
            each("liveCustomers", p, row -> {
                String key = (String) row.get("customerKey");
                sums.add(AnalyticsRows.of(key, (String) row.get("kind"), byCustomer.remove(key)));
            });
        } else {
            for (List<String> chunk : Chunks.of(customerKeys)) {
                p.put("keys", chunk);
                each("sumsOf", p, row -> sums.add(AnalyticsRows.sumsOf(row)));
            }
        }
        return sums;
    }

    @Override
    public List<String> customers(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (List<String> chunk : Chunks.of(keys)) {
            found.addAll(sessions.read(s -> s.getMapper(AnalyticsMapper.class).customers(chunk)));
        }
        return found;
    }

    @Override
    public Map<String, CustomerMeasures> measures(Collection<String> customerKeys) {
        Map<String, CustomerMeasures> found = new HashMap<>();
        if (customerKeys == null) {
            each("measures", new HashMap<>(Map.of()), row -> put(found, row));
            return found;
        }
        for (List<String> chunk : Chunks.of(customerKeys)) {
            Map<String, Object> p = new HashMap<>();
            p.put("keys", chunk);
            each("measures", p, row -> put(found, row));
        }
        return found;
    }

    private static void put(Map<String, CustomerMeasures> found, Map<String, Object> row) {
        CustomerMeasures m = AnalyticsRows.measures(row);
        found.put(m.customerKey(), m);
    }

    @Override
    public void write(List<CustomerMeasures> changed, Collection<String> removed) {
        // one key order for every writer, so that a full and an incremental recompute wait instead of deadlocking
        List<CustomerMeasures> sorted = changed.stream().sorted(Comparator.comparing(CustomerMeasures::customerKey))
                .toList();
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            List<CustomerMeasures> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
            Deadlocks.retriedOnce(() -> sessions.inTransaction(s -> s.getMapper(AnalyticsMapper.class).upsertAll(chunk)));
        }
        for (List<String> chunk : Chunks.of(removed)) {
            sessions.inTransaction(s -> s.getMapper(AnalyticsMapper.class).delete(chunk));
        }
    }

    @Override
    public int refreshInterest(Collection<String> customerKeys, Instant since, int windowDays, Instant now) {
        if (customerKeys == null) {
            return sessions.inTransaction(s -> s.getMapper(AnalyticsMapper.class).refreshInterest(null, since,
                    windowDays, now));
        }
        int n = 0;
        for (List<String> chunk : Chunks.of(customerKeys.stream().sorted().toList())) {
            n += sessions.inTransaction(s -> s.getMapper(AnalyticsMapper.class).refreshInterest(chunk, since,
                    windowDays, now));
        }
        return n;
    }

    @Override
    public Optional<kr.crm.api.analytics.InterestSignals> interest(String customerKey) {
        Map<String, Object> r = sessions.read(s -> s.getMapper(AnalyticsMapper.class).interest(customerKey));
        return r == null ? Optional.empty() : Optional.of(new kr.crm.api.analytics.InterestSignals(
                (String) r.get("customerKey"), GradeRows.instant(r.get("lastOpenAt")),
                GradeRows.instant(r.get("lastClickAt")), (int) GradeRows.number(r.get("recentOpens")),
                (int) GradeRows.number(r.get("recentClicks")), (int) GradeRows.number(r.get("windowDays")),
                GradeRows.instant(r.get("computedAt"))));
    }

    @Override
    public Optional<RfmCutPoints> cutPoints() {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(AnalyticsMapper.class).cutPoints()))
                .map(AnalyticsRows::cuts);
    }

    @Override
    public void saveCutPoints(RfmCutPoints cuts) {
        sessions.inTransaction(s -> s.getMapper(AnalyticsMapper.class).saveCutPoints(cuts));
    }

    @Override
    public List<BigDecimal> revenues(ReportFilter filter, Instant from, Instant to) {
        Map<String, Object> p = AnalyticsRows.params(filter);
        p.put("from", from);
        p.put("to", to);
        List<BigDecimal> revenues = new ArrayList<>();
        sessions.read(s -> {
            s.select(NS + "revenues", p, c -> revenues.add((BigDecimal) c.getResultObject()));
            return null;
        });
        return revenues;
    }

    @Override
    public List<OrderSums> periodSums(ReportFilter filter, Instant from, Instant to) {
        Map<String, Object> p = AnalyticsRows.params(filter);
        p.put("from", from);
        p.put("to", to);
        List<OrderSums> sums = new ArrayList<>();
        sessions.read(s -> {
            s.select(NS + "periodSums", p, c -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) c.getResultObject();
                BigDecimal revenue = decimal(r.get("revenue"));
                sums.add(new OrderSums((String) r.get("customerKey"), (String) r.get("kind"), null,
                        instant(r.get("lastOrderAt")), 0, BigDecimal.ZERO, number(r.get("orders")), revenue,
                        BigDecimal.ZERO, BigDecimal.ZERO, revenue));
            });
            return null;
        });
        return sums;
    }

    @Override
    public RfmGrid rfmGrid(ReportFilter filter) {
        List<Map<String, Object>> rows = sessions.read(s -> s.selectList(NS + "rfmGrid", AnalyticsRows.params(filter)));
        long population = 0;
        List<RfmGrid.Cell> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long n = number(row.get("customers"));
            population += n;
            cells.add(new RfmGrid.Cell((int) number(row.get("recency")), (int) number(row.get("frequency")), n,
                    decimal(row.get("averageMonetary")).setScale(2, RoundingMode.HALF_UP),
                    decimal(row.get("revenue"))));
        }
        return new RfmGrid(population, cells);
    }

    @Override
    public List<GroupSums> groupSums(ReportFilter filter, String groupBy) {
        Map<String, Object> p = AnalyticsRows.params(filter);
        p.put("groupBy", groupBy);
        List<Map<String, Object>> rows = sessions.read(s -> s.selectList(NS + "groupSums", p));
        return rows.stream().map(r -> new GroupSums(String.valueOf(r.get("grp")).strip(), number(r.get("customers")),
                number(r.get("active")), number(r.get("previouslyActive")), number(r.get("retained")),
                decimal(r.get("revenue")), decimal(r.get("margin")))).toList();
    }

    @Override
    public List<GroupSums> periodGroupSums(ReportFilter filter, String groupBy, Instant previous, Instant from,
            Instant to, BigDecimal defaultMarginRate) {
        Map<String, Object> p = AnalyticsRows.params(filter);
        p.put("groupBy", groupBy);
        p.put("previous", previous);
        p.put("from", from);
        p.put("to", to);
        p.put("defaultMarginRate", defaultMarginRate);
        List<Map<String, Object>> rows = sessions.read(s -> s.selectList(NS + "periodGroupSums", p));
        return rows.stream().map(r -> new GroupSums(String.valueOf(r.get("grp")).strip(), number(r.get("customers")),
                number(r.get("active")), number(r.get("previouslyActive")), number(r.get("retained")),
                decimal(r.get("revenue")), decimal(r.get("margin")))).toList();
    }

    @Override
    public void exportRows(ReportFilter filter, Consumer<ExportRow> handler) {
        each("exportRows", AnalyticsRows.params(filter), row -> handler.accept(new ExportRow(AnalyticsRows.measures(row),
                (String) row.get("region"), (String) row.get("industry"),
                row.get("grade") == null ? null : String.valueOf(row.get("grade")).strip())));
    }

    @Override
    public void exportOrders(ReportFilter filter, Instant from, Instant to, Consumer<OrderExportRow> handler) {
        Map<String, Object> p = AnalyticsRows.params(filter);
        p.put("from", from);
        p.put("to", to);
        each("exportOrders", p, row -> handler.accept(new OrderExportRow((String) row.get("customerKey"),
                instant(row.get("orderedAt")), (BigDecimal) row.get("amount"), (BigDecimal) row.get("margin"))));
    }

    @Override
    public void gradeChanges(ReportFilter filter, Instant to, Consumer<GradeChangeRow> handler) {
        Map<String, Object> p = AnalyticsRows.params(filter);
        p.put("to", to);
        each("gradeChanges", p, row -> handler.accept(new GradeChangeRow((String) row.get("accountKey"),
                String.valueOf(row.get("grade")).strip(), instant(row.get("changedAt")))));
    }

    @Override
    public void orderMonths(ReportFilter filter, Instant from, Instant to, Consumer<CustomerOrder> handler) {
        Map<String, Object> p = AnalyticsRows.params(filter);
        p.put("from", from);
        p.put("to", to);
        each("orderMonths", p, row -> handler.accept(new CustomerOrder((String) row.get("customerKey"),
                instant(row.get("firstOrderAt")), instant(row.get("orderedAt")))));
    }

    @Override
    public List<DatedCustomer> anniversaries(ReportFilter filter, List<String> monthDays) {
        Map<String, Object> p = AnalyticsRows.params(filter);
        p.put("monthDays", monthDays);
        List<Map<String, Object>> rows = sessions.read(s -> s.selectList(NS + "anniversaries", p));
        Map<String, DatedCustomer> unique = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            DatedCustomer d = new DatedCustomer((String) r.get("kind"), (String) r.get("customerKey"),
                    (String) r.get("contactKey"), (String) r.get("name"), GradeRows.date(r.get("dated")));
            unique.put(d.kind() + d.customerKey() + d.contactKey(), d);
        }
        return List.copyOf(unique.values());
    }

    /** Hands each row of a select to {@code row} as it is read, keeping none. */
    @SuppressWarnings("unchecked")
    private void each(String select, Map<String, Object> params, Consumer<Map<String, Object>> row) {
        sessions.read(s -> {
            s.select(NS + select, params, context -> row.accept((Map<String, Object>) context.getResultObject()));
            return null;
        });
    }
}
