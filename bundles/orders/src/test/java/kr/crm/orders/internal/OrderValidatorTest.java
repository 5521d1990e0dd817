package kr.crm.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.PartyIdentity;
import org.junit.jupiter.api.Test;

/** An order is refused naming the field when a value would not fit where it is kept, not failed at insert time. */
class OrderValidatorTest {
    private static final OffsetDateTime NOV_23 = OffsetDateTime.parse("2026-11-23T10:15:00+09:00");

    private static IncomingOrder order(OffsetDateTime at, String buyerName, BigDecimal quantity, BigDecimal amount) {
        return new IncomingOrder("shop", "O-1", at, OrderStatus.ACTIVE,
                new PartyIdentity(null, buyerName, "010-4411-2233", null, null, null, null, null), null, "KRW",
                amount, List.of(new OrderLine(1, "P-1", "한우 선물세트", "식품", quantity, amount, amount, null)));
    }

    private static String fieldOf(IncomingOrder o) {
        try {
            OrderValidator.clean(o);
            return null;
        } catch (ValidationException e) {
            return e.field();
        }
    }

    @Test
    void anOrderThatFitsGoesThrough() {
        assertThat(OrderValidator.clean(order(NOV_23, "김하늘", new BigDecimal("2.5"), new BigDecimal("120000.50")))
                .buyer().name()).isEqualTo("김하늘");
    }

    @Test
    void valuesBeyondTheirColumnsAreRefusedByName() {
        assertThat(fieldOf(order(NOV_23.withYear(2040), "김하늘", BigDecimal.ONE, BigDecimal.TEN))).isEqualTo("orderedAt");
        assertThat(fieldOf(order(NOV_23, "가".repeat(201), BigDecimal.ONE, BigDecimal.TEN))).isEqualTo("buyer.name");
        assertThat(fieldOf(order(NOV_23, "김하늘", new BigDecimal("1e10"), BigDecimal.TEN)))
                .isEqualTo("lines[0].quantity");
        assertThat(fieldOf(order(NOV_23, "김하늘", BigDecimal.ONE, new BigDecimal("10.005")))).isEqualTo("totalAmount");
        assertThatThrownBy(() -> OrderValidator.clean(order(NOV_23, "김하늘", BigDecimal.ONE, new BigDecimal("10.005"))))
                .hasMessageContaining("at most 2 decimals");
    }
}
