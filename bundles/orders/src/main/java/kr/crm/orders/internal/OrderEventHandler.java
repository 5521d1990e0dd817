package kr.crm.orders.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import kr.crm.api.order.OrderEvents;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.PartyIdentity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Orders the host ERP publishes with EventAdmin, on the topics and properties of {@link OrderEvents}. */
/* the host's three topics, not TOPIC_ALL: the CRM itself posts TOPIC_LINKED under the same root */
@Component(property = {EventConstants.EVENT_TOPIC + "=" + OrderEvents.TOPIC_CREATED,
        EventConstants.EVENT_TOPIC + "=" + OrderEvents.TOPIC_UPDATED,
        EventConstants.EVENT_TOPIC + "=" + OrderEvents.TOPIC_CANCELLED})
public final class OrderEventHandler implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OrderEventHandler.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final OrderService orders;

    @Activate
    public OrderEventHandler(@Reference OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void handleEvent(Event event) {
        IngestResult result;
        try {
            result = orders.ingest(toOrder(event));
        } catch (IllegalArgumentException e) {
            result = new IngestResult(text(event, OrderEvents.SOURCE), text(event, OrderEvents.ORDER_NO),
                    IngestOutcome.REJECTED, null, null, e.getMessage());
        }
        if (result.outcome() == IngestOutcome.REJECTED) {
            // order numbers are not personal data; the reason names a field, never its value
            LOG.warn("Order event {} {} rejected: {} {}", result.source(), result.orderNo(), result.field(), result.reason());
        }
    }

    static IncomingOrder toOrder(Event e) {
        String source = text(e, OrderEvents.SOURCE);
        OrderStatus status = e.getTopic().equals(OrderEvents.TOPIC_CANCELLED) ? OrderStatus.CANCELLED : OrderStatus.ACTIVE;
        String kind = text(e, OrderEvents.CUSTOMER_KIND);
        PartyIdentity buyer = new PartyIdentity(kind == null ? null : kind(kind),
                text(e, OrderEvents.CUSTOMER_NAME), text(e, OrderEvents.PHONE), text(e, OrderEvents.EMAIL),
                text(e, OrderEvents.BRN), text(e, OrderEvents.CUSTOMER_NO), null, null);
        return new IncomingOrder(source == null ? "erp" : source, text(e, OrderEvents.ORDER_NO),
                dateTime(text(e, OrderEvents.ORDERED_AT)), status, buyer, null, text(e, OrderEvents.CURRENCY),
                decimal(text(e, OrderEvents.TOTAL_AMOUNT)), lines(text(e, OrderEvents.LINES_JSON)));
    }

    private static CustomerKind kind(String value) {
        try {
            return CustomerKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(OrderEvents.CUSTOMER_KIND + " must be COMPANY or PERSON");
        }
    }

    private static String text(Event e, String property) {
        Object value = e.getProperty(property);
        return value == null ? null : value.toString();
    }

    private static OffsetDateTime dateTime(String s) {
        try {
            return s == null ? null : OffsetDateTime.parse(s);
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(OrderEvents.ORDERED_AT + " is not an ISO date-time with offset");
        }
    }

    private static BigDecimal decimal(String s) {
        try {
            return s == null ? null : new BigDecimal(s.strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(OrderEvents.TOTAL_AMOUNT + " is not a decimal number");
        }
    }

    private static List<OrderLine> lines(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<OrderLine>>() { });
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException(OrderEvents.LINES_JSON + " is not a JSON array of order lines");
        }
    }
}
