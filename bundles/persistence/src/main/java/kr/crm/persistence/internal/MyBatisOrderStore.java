package kr.crm.persistence.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.order.SalesOrder;
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
