package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.order.SalesOrder;
import kr.crm.api.store.OrderLink;
import kr.crm.api.store.OrderStore;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrderStore.class)
public final class MyBatisOrderStore implements OrderStore {
    /** Order times are stored as instants and shown in Korean time. */
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final SqlSessions sessions;

    @Activate
    public MyBatisOrderStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean upsert(SalesOrder order) {
        return sessions.inTransaction(s -> {
            OrderMapper mapper = s.getMapper(OrderMapper.class);
            Long id = mapper.idOf(order.source(), order.orderNo());
            boolean created = id == null && insert(mapper, order);
            if (!created) {
                mapper.updateOrder(order, order.orderedAt().toInstant());
            }
            long orderId = mapper.idOf(order.source(), order.orderNo());
            mapper.deleteLines(orderId);
            if (!order.lines().isEmpty()) {
                mapper.insertLines(orderId, order.lines());
            }
            return created;
        });
    }

    /** False if another node inserted the same order first; the caller then updates it. */
    private static boolean insert(OrderMapper mapper, SalesOrder order) {
        try {
            return mapper.insertOrder(order, order.orderedAt().toInstant()) == 1;
        } catch (PersistenceException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * New orders go in as one bulk insert and their lines as another; the few re-deliveries are
     * updated one by one. A duplicate key (another node stored one of them first) fails the whole
     * transaction, and the caller takes the orders one by one.
     */
    @Override
    public List<Boolean> upsertAll(List<SalesOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        return sessions.inBatch(s -> {
            OrderMapper mapper = s.getMapper(OrderMapper.class);
            Map<String, Long> before = ids(mapper, orders);
            List<Boolean> created = new ArrayList<>(orders.size());
            for (SalesOrder o : orders) {
                boolean isNew = !before.containsKey(idOf(o.source(), o.orderNo()));
                created.add(isNew);
                if (isNew) {
                    mapper.insertOrder(o, o.orderedAt().toInstant());
                } else {
                    mapper.updateOrder(o, o.orderedAt().toInstant());
                }
            }
            s.flushStatements();
            for (List<Long> chunk : Chunks.of(before.values())) {
                mapper.deleteLinesOf(chunk);
            }
            Map<String, Long> ids = new HashMap<>(before);
            List<SalesOrder> inserted = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                if (created.get(i)) {
                    inserted.add(orders.get(i));
                }
            }
            ids.putAll(ids(mapper, inserted));
            for (SalesOrder o : orders) {
                long id = ids.get(idOf(o.source(), o.orderNo()));
                for (var line : o.lines()) {
                    mapper.insertLine(id, line);
                }
            }
            s.flushStatements();
            return created;
        });
    }

    @Override
    public Map<String, OrderLink> links(String source, Collection<String> orderNos) {
        Map<String, OrderLink> links = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (List<String> chunk : Chunks.of(orderNos)) {
            sessions.read(s -> s.getMapper(OrderMapper.class).linksOf(source, chunk)).forEach(
                    r -> links.put((String) r.get("orderNo"), new OrderLink((String) r.get("customerKey"),
                            instant(r.get("receivedAt")))));
        }
        return links;
    }

    /** Ids of those of the orders that are stored, by {@link #idOf}. */
    private static Map<String, Long> ids(OrderMapper mapper, List<SalesOrder> orders) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, List<String>> bySource = orders.stream().collect(Collectors.groupingBy(SalesOrder::source,
                Collectors.mapping(SalesOrder::orderNo, Collectors.toList())));
        bySource.forEach((source, orderNos) -> {
            for (List<String> chunk : Chunks.of(orderNos)) {
                mapper.linksOf(source, chunk).forEach(
                        r -> ids.put(idOf(source, (String) r.get("orderNo")), ((Number) r.get("id")).longValue()));
            }
        });
        return ids;
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : value instanceof java.time.LocalDateTime l
                ? l.atZone(ZoneId.systemDefault()).toInstant() : (Instant) value;
    }

    /** Order numbers compare as the unique key does: without regard to case. */
    private static String idOf(String source, String orderNo) {
        return source + '\u0000' + orderNo.toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<SalesOrder> find(String source, String orderNo) {
        return sessions.read(s -> {
            OrderRow row = s.getMapper(OrderMapper.class).find(source, orderNo);
            return row == null ? Optional.<SalesOrder>empty() : Optional.of(withLines(s, List.of(row)).get(0));
        });
    }

    @Override
    public Page<SalesOrder> ordersOf(String customerKey, PageRequest page) {
        return sessions.read(s -> {
            OrderMapper mapper = s.getMapper(OrderMapper.class);
            long total = mapper.countOfCustomer(customerKey);
            List<OrderRow> rows = total == 0 ? List.of() : mapper.ofCustomer(customerKey, page.size(), page.offset());
            return new Page<>(withLines(s, rows), page.page(), page.size(), total);
        });
    }

    @Override
    public List<java.util.Map.Entry<java.time.Instant, java.math.BigDecimal>> amountsSince(String customerKey,
            java.time.Instant since) {
        return sessions.read(s -> s.getMapper(OrderMapper.class).amountsSince(customerKey, since)).stream()
                .map(r -> java.util.Map.entry(GradeRows.instant(r.get("orderedAt")), GradeRows.decimal(r.get("total"))))
                .toList();
    }

    private static List<SalesOrder> withLines(SqlSession s, List<OrderRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LineRow>> lines = s.getMapper(OrderMapper.class)
                .linesOf(rows.stream().map(OrderRow::id).toList()).stream()
                .collect(Collectors.groupingBy(LineRow::orderId));
        return rows.stream().map(r -> new SalesOrder(r.source(), r.orderNo(), r.customerKey(),
                r.orderedAt().atZone(SEOUL).toOffsetDateTime(), r.status(), r.currency(), r.totalAmount(), r.margin(),
                lines.getOrDefault(r.id(), List.of()).stream().map(LineRow::line).toList(),
                r.receivedAt(), r.updatedAt())).toList();
    }
}
