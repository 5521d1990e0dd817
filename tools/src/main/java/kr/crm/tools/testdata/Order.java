package kr.crm.tools.testdata;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One order placed through a channel by the customer a {@link ChannelRecord} spells.
 *
 * @param orderNo channel prefix, order date, record number: {@code WS-20240312-0000123}
 * @param source the record's channel
 * @param recordNo the record's number within its channel
 * @param trueId ground truth: the true customer
 * @param orderedAt when, at offset +09:00 (Asia/Seoul)
 * @param lines 1 to 4 order lines
 */
public record Order(String orderNo, String source, long recordNo, String trueId,
        OffsetDateTime orderedAt, List<Line> lines) {

    /**
     * One order line; all amounts in KRW.
     *
     * @param lineNo from 1
     * @param productCode e.g. {@code FD-1001}
     * @param productName e.g. {@code 유기농 쌀 10kg}
     * @param category e.g. {@code 식품}
     * @param quantity at least 1
     * @param unitPrice price of one
     * @param amount quantity times unit price
     * @param margin the seller's margin on the amount
     */
    public record Line(int lineNo, String productCode, String productName, String category,
            int quantity, long unitPrice, long amount, long margin) {
    }

    /** Sum of the line amounts. */
    public long totalAmount() {
        return lines.stream().mapToLong(Line::amount).sum();
    }
}
