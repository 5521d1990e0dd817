package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.SalesOrder;
import org.apache.ibatis.annotations.Param;

/** SQL in OrderMapper.xml. */
public interface OrderMapper {

    Long idOf(@Param("source") String source, @Param("orderNo") String orderNo);

    int insertOrder(@Param("o") SalesOrder order, @Param("orderedAt") Instant orderedAt);

    int updateOrder(@Param("o") SalesOrder order, @Param("orderedAt") Instant orderedAt);

    List<java.util.Map<String, Object>> linksOf(@Param("source") String source,
            @Param("orderNos") Collection<String> orderNos);

    int deleteLinesOf(@Param("ids") Collection<Long> orderIds);

    int insertLine(@Param("id") long orderId, @Param("l") OrderLine line);

    int deleteLines(@Param("id") long orderId);

    int insertLines(@Param("id") long orderId, @Param("lines") List<OrderLine> lines);

    OrderRow find(@Param("source") String source, @Param("orderNo") String orderNo);

    List<OrderRow> ofCustomer(@Param("key") String customerKey, @Param("limit") int limit, @Param("offset") long offset);

    long countOfCustomer(@Param("key") String customerKey);

    List<java.util.Map<String, Object>> amountsSince(@Param("key") String customerKey, @Param("since") Instant since);

    List<LineRow> linesOf(@Param("ids") Collection<Long> orderIds);
}
