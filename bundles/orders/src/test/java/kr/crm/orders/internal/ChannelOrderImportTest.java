package kr.crm.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kr.crm.api.order.ImportReport;
import kr.crm.api.order.RowProblem;
import org.junit.jupiter.api.Test;

/** A channel's order file through the component that reads it. */
class ChannelOrderImportTest {
    private static final String HEADER =
            "주문번호,주문일시,주문자명,주문자연락처,주문자이메일,수령인,수령인연락처,배송지,상품코드,상품명,분류,수량,단가,금액,주문상태\n";

    private final RecordingOrders orders = new RecordingOrders();

    @Test
    void aCsvFileInEucKrStillGoesInAsItDid() throws Exception {
        ChannelOrderImport eucKr = new ChannelOrderImport(orders,
                Channels.config(Map.of("source", "gs-shop", "charset", "EUC-KR", "delimiter", "TAB")));
        String csv = HEADER.replace(',', '\t')
                + "G1\t2026-11-02 14:05\t김하늘\t010-4411-2233\t\t\t\t\tP-1\t한우 선물세트\t식품\t1\t120,000\t120,000\t정상\n"
                + "\t2026-11-02 14:05\t이가을\t\t\t\t\t\tP-1\t한우 선물세트\t식품\t1\t1\t1\t정상\n";

        ImportReport report = eucKr.importFile(new ByteArrayInputStream(csv.getBytes(Charset.forName("EUC-KR"))));

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.problems()).containsExactly(new RowProblem(3, null, "주문번호", "is empty"));
        assertThat(orders.order("G1").buyer().name()).isEqualTo("김하늘");
        assertThat(orders.order("G1").totalAmount()).isEqualByComparingTo(new BigDecimal("120000"));
    }

    @Test
    void aLongCsvFileGoesInBatchesOfFiveHundredOrders() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1201; i++) {
            csv.append("B").append(i).append(",2026-11-02 14:05,구매자").append(i)
                    .append(",010-4411-2233,,,,,P-1,김,식품,1,1000,1000,정상\n");
        }
        ChannelOrderImport channel = new ChannelOrderImport(orders, Channels.config(Map.of("source", "hmall")));

        ImportReport report = channel.importFile(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(report.rows()).isEqualTo(1201);
        assertThat(report.problems()).isEmpty();
        assertThat(orders.batches).extracting(List::size).containsExactly(500, 500, 201);
    }
}
