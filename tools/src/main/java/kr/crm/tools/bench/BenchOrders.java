package kr.crm.tools.bench;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import kr.crm.tools.testdata.ChannelRecord;
import kr.crm.tools.testdata.Order;
import kr.crm.tools.testdata.OrderGenerator;

/** Generated orders written as the REST bulk body and as a channel's CSV file. */
final class BenchOrders {
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    record Item(ChannelRecord buyer, Order order) {
    }

    static List<Item> make(Iterator<ChannelRecord> records, OrderGenerator orders) {
        List<Item> items = new ArrayList<>();
        while (records.hasNext()) {
            ChannelRecord r = records.next();
            if (r.hasIdentity() && r.name() != null) {
                items.add(new Item(r, orders.order(r)));
            }
        }
        return items;
    }

    static String json(List<Item> items, String source) {
        StringBuilder b = new StringBuilder("[");
        for (Item i : items) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append("{\"source\":\"").append(source).append("\",\"orderNo\":").append(q(i.order().orderNo()))
                    .append(",\"orderedAt\":").append(q(i.order().orderedAt().toString()))
                    .append(",\"totalAmount\":").append(i.order().totalAmount())
                    .append(",\"buyer\":{\"name\":").append(q(i.buyer().name())).append(",\"phone\":").append(q(i.buyer().phone()))
                    .append(",\"email\":").append(q(i.buyer().email())).append(",\"businessRegistrationNumber\":")
                    .append(q(i.buyer().businessRegistrationNumber())).append(",\"hostCustomerNo\":")
                    .append(q(i.buyer().hostCustomerNo())).append(",\"address\":").append(q(i.buyer().address()))
                    .append("},\"lines\":[");
            for (Order.Line l : i.order().lines()) {
                b.append(l.lineNo() == 1 ? "" : ",").append("{\"lineNo\":").append(l.lineNo())
                        .append(",\"productCode\":").append(q(l.productCode())).append(",\"productName\":")
                        .append(q(l.productName())).append(",\"category\":").append(q(l.category()))
                        .append(",\"quantity\":").append(l.quantity()).append(",\"unitPrice\":").append(l.unitPrice())
                        .append(",\"amount\":").append(l.amount()).append(",\"margin\":").append(l.margin()).append('}');
            }
            b.append("]}");
        }
        return b.append(']').toString();
    }

    /** The default channel layout (see ChannelConfig): one row per line. */
    static String csv(List<Item> items) {
        StringBuilder b = new StringBuilder("주문번호,주문일시,주문자명,주문자연락처,주문자이메일,배송지,상품코드,상품명,분류,수량,단가,금액\n");
        for (Item i : items) {
            for (Order.Line l : i.order().lines()) {
                b.append(c(i.order().orderNo())).append(',').append(i.order().orderedAt().format(CSV_TIME)).append(',')
                        .append(c(i.buyer().name())).append(',').append(c(i.buyer().phone())).append(',')
                        .append(c(i.buyer().email())).append(',').append(c(i.buyer().address())).append(',')
                        .append(c(l.productCode())).append(',').append(c(l.productName())).append(',')
                        .append(c(l.category())).append(',').append(l.quantity()).append(',').append(l.unitPrice())
                        .append(',').append(l.amount()).append('\n');
            }
        }
        return b.toString();
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String c(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
