package kr.crm.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.order.OrderEvents;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** An ERP's order event as the host publishes it, read into an order. */
class OrderEventHandlerTest {

    private static Event event(String kind) {
        return new Event(OrderEvents.TOPIC_CREATED, Map.of(OrderEvents.SOURCE, "erp", OrderEvents.ORDER_NO, "E-1",
                OrderEvents.ORDERED_AT, "2026-11-23T10:15:00+09:00", OrderEvents.CUSTOMER_KIND, kind,
                OrderEvents.CUSTOMER_NAME, "(주)한빛정밀", OrderEvents.TOTAL_AMOUNT, "120000"));
    }

    @Test
    void theCustomerKindIsReadWhateverItsCase() {
        assertThat(OrderEventHandler.toOrder(event("company")).buyer().kind()).isEqualTo(CustomerKind.COMPANY);
        assertThat(OrderEventHandler.toOrder(event(" PERSON ")).buyer().kind()).isEqualTo(CustomerKind.PERSON);
    }

    @Test
    void anUnknownKindIsRefusedNamingThePropertyAndTheValuesItTakes() {
        assertThatThrownBy(() -> OrderEventHandler.toOrder(event("X"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customerKind must be COMPANY or PERSON");
    }
}
