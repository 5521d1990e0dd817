package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Hashtable;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class OrderImportTest extends CrmTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER =
            "주문번호,주문일시,주문자명,주문자연락처,주문자이메일,수령인,수령인연락처,배송지,상품코드,상품명,분류,수량,단가,금액,주문상태\n";

    /** A home-shopping channel that still exports EUC-KR, configured as an admin would. */
    private static String configureChannel(String source) throws Exception {
        ConfigurationAdmin admin = CrmHost.service(host.context, ConfigurationAdmin.class);
        Configuration channel = admin.createFactoryConfiguration("kr.crm.orders.channel", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("source", source);
        props.put("charset", "EUC-KR");
        channel.update(props);
        return source;
    }

    private HttpResponse<String> upload(String source, String csv) throws Exception {
        return upload(source, csv.getBytes(Charset.forName("EUC-KR")), "text/csv");
    }

    private HttpResponse<String> upload(String source, byte[] file, String contentType, String... headers)
            throws Exception {
        HttpResponse<String> r = null;
        for (int i = 0; i < 40; i++) {
            r = host.upload("v1/imports/" + source, CrmHost.REP, file, contentType, headers);
            if (r.statusCode() != 404) {
                return r;
            }
            Thread.sleep(250); // the factory configuration is picked up asynchronously
        }
        return r;
    }

    @Test
    void aChannelFileInEucKrGoesInRowByRowAndBadRowsAreReported() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String tail = String.format("%04d", Math.floorMod(u.hashCode(), 10_000));
        String source = configureChannel("hmall-" + u);
        String csv = HEADER
                + "H1" + u + ",2026-11-02 14:05,김하늘" + u + ",010-4411-" + tail
                + ",,박부모" + u + ",010-5523-" + tail + ",서울특별시 강남구 테헤란로 1,P-1,한우 선물세트,식품,1,\"120,000\",\"120,000\",정상\n"
                + "H1" + u + ",2026-11-02 14:05,김하늘" + u + ",010-4411-" + tail
                + ",,박부모" + u + ",010-5523-" + tail + ",서울특별시 강남구 테헤란로 1,P-2,보자기 포장,포장,1,5000,5000,정상\n"
                + "H2" + u + ",2026/11/02,이가을" + u + ",010-1112-" + tail + ",,,,,P-1,한우 선물세트,식품,1,120000,120000,정상\n"
                + "H3" + u + ",2026-11-03 09:00,,,,,,,P-3,김,식품,2,8000,16000,정상\n"
                + "H1" + u + ",2026-11-02 14:05,김하늘" + u + ",010-4411-" + tail + ",,,,,P-9,덤,식품,1,0,0,정상\n"
                + "H4" + u + ",2026-11-04 10:30,최겨울" + u + ",010-3334-" + tail + ",,,,,P-1,한우 선물세트,식품,1,120000,120000,주문취소\n";

        HttpResponse<String> r = upload(source, csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = host.read(r);
        assertThat(report.path("rows").asLong()).isEqualTo(6);
        assertThat(report.path("orders").asLong()).isEqualTo(3);
        assertThat(report.path("outcomes").path("NEW_CUSTOMER").asLong()).isEqualTo(2);
        assertThat(report.path("outcomes").path("REJECTED").asLong()).isEqualTo(1);
        JsonNode problems = report.path("problems");
        assertThat(problems.size()).isEqualTo(3);
        assertThat(problems.get(0).path("row").asLong()).isEqualTo(4);
        assertThat(problems.get(0).path("field").asText()).isEqualTo("주문일시");
        assertThat(problems.get(1).path("row").asLong()).isEqualTo(6);
        assertThat(problems.get(1).path("reason").asText()).contains("adjacent");
        assertThat(problems.get(2).path("row").asLong()).isEqualTo(5);
        assertThat(problems.get(2).path("field").asText()).isEqualTo("buyer.name");

        JsonNode h1 = host.read(host.call("GET", "v1/orders/" + source + "/H1" + u, CrmHost.VIEWER, null));
        assertThat(h1.path("lines").size()).isEqualTo(2);
        assertThat(h1.path("lines").get(0).path("productName").asText()).isEqualTo("한우 선물세트");
        assertThat(h1.path("totalAmount").decimalValue()).isEqualByComparingTo("125000");
        JsonNode buyer = host.read(host.call("GET", "v1/customers/" + h1.path("customerKey").asText(), CrmHost.VIEWER, null));
        assertThat(buyer.path("name").asText()).isEqualTo("김하늘" + u);
        assertThat(host.read(host.call("GET", "v1/customers?q=" + CrmHost.escape("박부모" + u), CrmHost.VIEWER, null))
                .path("total").asLong()).as("the recipient became a prospect").isEqualTo(1);
        assertThat(host.read(host.call("GET", "v1/orders/" + source + "/H4" + u, CrmHost.VIEWER, null))
                .path("status").asText()).isEqualTo("CANCELLED");

        JsonNode daily = host.read(host.call("GET", "v1/orders/report?source=" + source, CrmHost.VIEWER, null));
        assertThat(daily.path("outcomes").path("NEW_CUSTOMER").asLong()).isEqualTo(2);
        assertThat(daily.path("outcomes").path("REJECTED").asLong()).isEqualTo(1);
        assertThat(daily.path("rejections").get(0).path("field").asText()).isEqualTo("buyer.name");
        assertThat(host.call("GET", "v1/orders/report?source=" + source + "&from=yesterday", CrmHost.VIEWER, null)
                .statusCode()).isEqualTo(400);
    }

    /** An .xlsx as a web shop's export: a title line, the channel's headers, date and number cells. */
    private static byte[] workbook(Object[]... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "itest", "1.0");
        Worksheet sheet = workbook.newWorksheet("주문");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object cell = rows[r][c];
                if (cell instanceof LocalDateTime t) {
                    sheet.value(r, c, t);
                    sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
                } else if (cell instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (cell != null) {
                    sheet.value(r, c, cell.toString());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    @Test
    void anXlsxFileGoesInThroughTheSameEndpointAndItsBadRowIsReported() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String tail = String.format("%04d", Math.floorMod(u.hashCode(), 10_000));
        String source = configureChannel("shop-" + u);
        Object[] header = HEADER.strip().split(",");
        LocalDateTime nov2 = LocalDateTime.of(2026, 11, 2, 14, 5);
        byte[] file = workbook(
                new Object[] {"웹샵 주문내역 (2026-11-02 출력)"},
                header,
                new Object[] {"X1" + u, nov2, "김하늘" + u, "010-7711-" + tail, "", "박부모" + u, "010-5523-" + tail,
                    "부산광역시 해운대구 센텀로 9", "P-1", "한우 선물세트", "식품", 1, 120000, 120000, "결제완료"},
                new Object[] {"X1" + u, nov2, "김하늘" + u, "010-7711-" + tail, "", "박부모" + u, "010-5523-" + tail,
                    "부산광역시 해운대구 센텀로 9", "P-2", "보자기 포장", "포장", 1, 5000, 5000, "결제완료"},
                new Object[] {"X2" + u, "2026.11.02", "최겨울" + u, "010-3334-" + tail, "", "", "", "", "P-1",
                    "한우 선물세트", "식품", 1, 120000, 120000, "결제완료"},
                new Object[] {"X3" + u, "2026-11-05 08:00", "이가을" + u, "010-1112-" + tail, "", "", "", "",
                    "P-3", "김 선물세트", "식품", "2", "8,000", "16,000", "결제완료"});

        HttpResponse<String> r = upload(source, file, XLSX);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = host.read(r);
        assertThat(report.path("rows").asLong()).isEqualTo(4);
        assertThat(report.path("orders").asLong()).isEqualTo(2);
        assertThat(report.path("outcomes").path("NEW_CUSTOMER").asLong()).isEqualTo(2);
        assertThat(report.path("problems").size()).isEqualTo(1);
        JsonNode problem = report.path("problems").get(0);
        assertThat(problem.path("row").asLong()).as("the row as Excel numbers it").isEqualTo(5);
        assertThat(problem.path("field").asText()).isEqualTo("주문일시");
        assertThat(problem.path("reason").asText()).contains("yyyy-MM-dd HH:mm");

        JsonNode x1 = host.read(host.call("GET", "v1/orders/" + source + "/X1" + u, CrmHost.VIEWER, null));
        assertThat(x1.path("lines").size()).isEqualTo(2);
        assertThat(x1.path("lines").get(1).path("productName").asText()).isEqualTo("보자기 포장");
        assertThat(x1.path("totalAmount").decimalValue()).isEqualByComparingTo("125000");
        assertThat(OffsetDateTime.parse(x1.path("orderedAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-02T14:05+09:00").toInstant());
        String buyerKey = x1.path("customerKey").asText();
        JsonNode buyer = host.read(host.call("GET", "v1/customers/" + buyerKey, CrmHost.VIEWER, null));
        assertThat(buyer.path("name").asText()).isEqualTo("김하늘" + u);
        assertThat(host.read(host.call("GET", "v1/customers?q=" + CrmHost.escape("박부모" + u), CrmHost.VIEWER, null))
                .path("total").asLong()).as("the recipient became a prospect").isEqualTo(1);
        JsonNode x3 = host.read(host.call("GET", "v1/orders/" + source + "/X3" + u, CrmHost.VIEWER, null));
        assertThat(x3.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(x3.path("totalAmount").decimalValue()).isEqualByComparingTo("16000");
        assertThat(host.call("GET", "v1/orders/" + source + "/X2" + u, CrmHost.VIEWER, null).statusCode())
                .isEqualTo(404);

        // The buyer's next order, in the next day's file sent as octet-stream, links to the same customer.
        byte[] nextDay = workbook(header,
                new Object[] {"X4" + u, nov2.plusDays(1), "김하늘" + u, "010-7711-" + tail, "", "", "", "", "P-9",
                    "홍삼 정과", "건강", 1, 45000, 45000, "결제완료"});
        JsonNode second = host.read(upload(source, nextDay, "application/octet-stream"));
        assertThat(second.path("outcomes").path("LINKED").asLong()).isEqualTo(1);
        assertThat(host.read(host.call("GET", "v1/orders/" + source + "/X4" + u, CrmHost.VIEWER, null))
                .path("customerKey").asText()).isEqualTo(buyerKey);
    }

    @Test
    void aDamagedXlsxIsA400NamingTheFile() throws Exception {
        String source = configureChannel("shop-" + UUID.randomUUID().toString().substring(0, 6));
        byte[] whole = workbook(HEADER.strip().split(","));
        byte[] damaged = java.util.Arrays.copyOf(whole, whole.length / 2);

        HttpResponse<String> r = upload(source, damaged, XLSX,
                "Content-Disposition", "attachment; filename=\"orders.xlsx\"; filename*=UTF-8''%EC%A3%BC%EB%AC%B8.xlsx");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = host.read(r);
        assertThat(error.path("field").asText()).isEqualTo("file");
        assertThat(error.path("error").asText()).startsWith("주문.xlsx is not a readable .xlsx workbook");
    }

    @Test
    void aSourceWithoutALayoutGets404() throws Exception {
        HttpResponse<String> r = host.upload("v1/imports/no-such-channel", CrmHost.REP, HEADER.getBytes(), "text/csv");
        assertThat(r.statusCode()).isEqualTo(404);
    }
}
