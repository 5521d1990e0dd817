package kr.crm.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.ImportReport;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.RowProblem;
import org.junit.jupiter.api.Test;

/** A channel's order file as .xlsx and as CSV, through the one component that reads both. */
class ChannelOrderImportTest {
    private static final Object[] HEADER = {"주문번호", "주문일시", "주문자명", "주문자연락처", "주문자이메일", "수령인",
        "수령인연락처", "배송지", "상품코드", "상품명", "분류", "수량", "단가", "금액", "주문상태"};
    private static final LocalDateTime NOV_2 = LocalDateTime.of(2026, 11, 2, 14, 5);
    /** Rows of a file long enough for three batches, the last one short. */
    private static final int LONG = 2 * OrderBatch.SIZE + 401;
    private static final String ADDRESS = "서울특별시 강남구 테헤란로 1";

    private final RecordingOrders orders = new RecordingOrders();
    private final ChannelOrderImport channel = new ChannelOrderImport(orders, Channels.config(Map.of("source", "hmall")));

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static Object[] line(String orderNo, Object orderedAt, String buyer, Object productCode, Object quantity,
            Object unitPrice, Object amount, String status) {
        return row(orderNo, orderedAt, buyer, "010-4411-2233", null, "박부모", "010-5523-1111", ADDRESS, productCode,
                "한우 선물세트", "식품", quantity, unitPrice, amount, status);
    }

    private ImportReport importXlsx(List<Object[]> rows) throws IOException {
        return channel.importFile(new ByteArrayInputStream(Workbooks.xlsx(rows)));
    }

    @Test
    void anExcelExportGoesInAndItsBadRowsAreReportedByRowAndColumn() throws Exception {
        ImportReport report = importXlsx(List.of(
                row("현대홈쇼핑 주문내역 2026-11-02"),
                HEADER,
                line("H1", NOV_2, "김하늘", "P-1", 1, 120000, 120000, "정상"),
                line("H1", NOV_2, "김하늘", "P-2", 1, 5000, 5000, "정상"),
                line("H2", "2026/11/02", "이가을", "P-1", 1, 120000, 120000, "정상"),
                row(),
                line("H3", "2026-11-03 09:00", "최겨울", "P-3", "2", "8,000", "16,000원", "정상"),
                line("H4", NOV_2, "정봄", "P-1", "두 개", 120000, 120000, "정상"),
                line("H5", LocalDateTime.of(2026, 11, 4, 10, 30), "한여름", 1001, 1, 89000.50, 89000.50, "주문취소")));

        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.orders()).isEqualTo(3);
        assertThat(report.outcomes()).isEqualTo(Map.of(IngestOutcome.NEW_CUSTOMER, 3L));
        assertThat(report.problems()).containsExactly(
                new RowProblem(5, null, "주문일시", "does not match yyyy-MM-dd HH:mm[:ss]"),
                new RowProblem(8, null, "수량", "is not a number"));

        IncomingOrder h1 = orders.order("H1");
        assertThat(h1.source()).isEqualTo("hmall");
        assertThat(h1.orderedAt()).isEqualTo(OffsetDateTime.parse("2026-11-02T14:05+09:00"));
        assertThat(h1.buyer().name()).isEqualTo("김하늘");
        assertThat(h1.buyer().phone()).isEqualTo("010-4411-2233");
        assertThat(h1.buyer().address()).isEqualTo(ADDRESS);
        assertThat(h1.recipient().name()).isEqualTo("박부모");
        assertThat(h1.lines()).extracting(l -> l.lineNo() + " " + l.productCode() + " " + l.productName())
                .containsExactly("1 P-1 한우 선물세트", "2 P-2 한우 선물세트");
        assertThat(h1.totalAmount()).isEqualByComparingTo("125000");
        assertThat(h1.status()).isEqualTo(OrderStatus.ACTIVE);

        IncomingOrder h3 = orders.order("H3");
        assertThat(h3.orderedAt()).isEqualTo(OffsetDateTime.parse("2026-11-03T09:00+09:00"));
        assertThat(h3.lines().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(h3.lines().get(0).unitPrice()).isEqualByComparingTo("8000");
        assertThat(h3.lines().get(0).amount()).isEqualByComparingTo("16000");

        IncomingOrder h5 = orders.order("H5");
        assertThat(h5.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(h5.lines().get(0).productCode()).as("a code typed as a number").isEqualTo("1001");
        assertThat(h5.totalAmount()).isEqualByComparingTo("89000.50");
        assertThat(h5.orderedAt()).isEqualTo(OffsetDateTime.parse("2026-11-04T10:30+09:00"));
    }

    @Test
    void theSameTableAsCsvOrAsXlsxMakesTheSameOrders() throws Exception {
        List<Object[]> table = List.of(HEADER,
                line("S1", "2026-11-02 14:05", "김하늘", "P-1", "1", "120000", "120000", "정상"),
                line("S1", "2026-11-02 14:05", "김하늘", "P-2", "2", "5000", "10000", "정상"),
                line("S2", "2026-11-03 09:00:30", "이가을", "P-3", "1", "8000", "8000", "주문취소"),
                line("S3", "어제", "최겨울", "P-3", "1", "8000", "8000", "정상"));
        String csv = table.stream()
                .map(r -> Arrays.stream(r).map(c -> c == null ? "" : c.toString()).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));

        ImportReport fromCsv = channel.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        List<IncomingOrder> csvOrders = orders.all();
        orders.batches.clear();
        ImportReport fromXlsx = importXlsx(table);

        assertThat(fromXlsx).isEqualTo(fromCsv);
        assertThat(fromCsv.problems()).containsExactly(new RowProblem(5, null, "주문일시", "does not match yyyy-MM-dd HH:mm[:ss]"));
        assertThat(orders.all()).isEqualTo(csvOrders).hasSize(2);
    }

    @Test
    void excelDateAndNumberCellsReadLikeTheirTextInTheChannelsPattern() throws Exception {
        importXlsx(List.of(HEADER, line("T1", NOV_2, "김하늘", "P-1", 2, 60000, 120000, "정상")));
        IncomingOrder typed = orders.order("T1");
        orders.batches.clear();
        importXlsx(List.of(HEADER, line("T1", "2026-11-02 14:05", "김하늘", "P-1", "2", "60,000", "120,000", "정상")));

        assertThat(orders.order("T1")).isEqualTo(typed);
    }

    @Test
    void aLongWorkbookGoesInBatchesOfBoundedSize() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < LONG; i++) {
            rows.add(line("B" + i, NOV_2.plusMinutes(i), "구매자" + i, "P-1", 1, 1000, 1000, "정상"));
        }
        ImportReport report = importXlsx(rows);

        assertThat(report.rows()).isEqualTo(LONG);
        assertThat(report.problems()).isEmpty();
        assertThat(orders.batches).extracting(List::size).containsExactly(OrderBatch.SIZE, OrderBatch.SIZE, 401);
    }

    @Test
    void aSheetThatBreaksOffKeepsTheRowsBeforeItAndSaysWhere() throws Exception {
        byte[] whole = Workbooks.xlsx(List.of(HEADER,
                line("K1", NOV_2, "김하늘", "P-1", 1, 1000, 1000, "정상"),
                line("K2", NOV_2, "이가을", "P-1", 1, 1000, 1000, "정상"),
                line("K3", NOV_2, "최겨울", "P-1", 1, 1000, 1000, "정상")));
        byte[] broken = rewriteEntry(whole, "xl/worksheets/sheet1.xml", xml -> {
            int third = xml.indexOf("<row r=\"4\"");
            return xml.substring(0, third + 40);
        });

        ImportReport report = channel.importFile(new ByteArrayInputStream(broken));

        assertThat(orders.all()).extracting(IncomingOrder::orderNo).containsExactly("K1", "K2");
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.reason()).contains("cannot be read on from this row");
        });
    }

    @Test
    void aDamagedOrForeignZipIsRejectedAsAWholeNamingTheFile() throws Exception {
        byte[] damaged = Arrays.copyOf(Workbooks.xlsx(List.<Object[]>of(HEADER)), 300);
        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(foreign)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("주문 없음".getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] file : List.of(damaged, foreign.toByteArray())) {
            assertThatThrownBy(() -> channel.importFile(new ByteArrayInputStream(file)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("file");
                        assertThat(e.getMessage()).startsWith("is not a readable .xlsx workbook (");
                    });
        }
        assertThat(orders.batches).isEmpty();
    }

    @Test
    void anOldXlsWorkbookIsRejectedWithWhatToDoInstead() {
        byte[] xls = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1}, 512);
        assertThatThrownBy(() -> channel.importFile(new ByteArrayInputStream(xls)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains(".xls").contains("save it as .xlsx");
                });
    }

    @Test
    void aSheetWithoutTheOrderNumberHeaderOrWithAColumnTwiceIsRejected() {
        Object[] noOrderNo = Stream.of(HEADER).map(h -> h.equals("주문번호") ? "번호" : h).toArray();
        Object[] twice = Stream.concat(Stream.of(HEADER), Stream.of("수량")).toArray();
        assertThatThrownBy(() -> importXlsx(List.of(noOrderNo, line("X1", NOV_2, "김하늘", "P-1", 1, 1, 1, "정상"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("주문번호"));
        assertThatThrownBy(() -> importXlsx(List.<Object[]>of(twice)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("수량");
                    assertThat(e.getMessage()).isEqualTo("appears twice in the header row");
                });
    }

    @Test
    void aCsvFileInEucKrStillGoesInAsItDid() throws Exception {
        ChannelOrderImport eucKr = new ChannelOrderImport(orders,
                Channels.config(Map.of("source", "gs-shop", "charset", "EUC-KR", "delimiter", "TAB")));
        String csv = String.join("\t", Arrays.stream(HEADER).map(Object::toString).toList()) + "\n"
                + "G1\t2026-11-02 14:05\t김하늘\t010-4411-2233\t\t\t\t\tP-1\t한우 선물세트\t식품\t1\t120,000\t120,000\t정상\n"
                + "\t2026-11-02 14:05\t이가을\t\t\t\t\t\tP-1\t한우 선물세트\t식품\t1\t1\t1\t정상\n";

        ImportReport report = eucKr.importFile(new ByteArrayInputStream(csv.getBytes(Charset.forName("EUC-KR"))));

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.problems()).containsExactly(new RowProblem(3, null, "주문번호", "is empty"));
        assertThat(orders.order("G1").buyer().name()).isEqualTo("김하늘");
        assertThat(orders.order("G1").totalAmount()).isEqualByComparingTo(new BigDecimal("120000"));
    }

    private static String csvHeader() {
        return String.join(",", Arrays.stream(HEADER).map(Object::toString).toList()) + "\n";
    }

    private static String csvLine(String orderNo, String buyer) {
        return orderNo + ",2026-11-02 14:05," + buyer + ",010-4411-2233,,,,,P-1,한우 선물세트,식품,1,1000,1000,정상\n";
    }

    @Test
    void excelsCsvUtf8WithItsByteOrderMarkGoesIn() throws Exception {
        String csv = "\uFEFF" + csvHeader() + csvLine("U1", "김하늘");
        ImportReport report = channel.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.problems()).isEmpty();
        assertThat(orders.order("U1").buyer().name()).isEqualTo("김하늘");
    }

    @Test
    void aRowWhoseQuoteNeverClosesKeepsTheRowsBeforeItAndSaysWhere() throws Exception {
        String csv = csvHeader() + csvLine("Q1", "김하늘") + csvLine("Q2", "이가을")
                + "Q3,2026-11-02 14:05,\"박겨울 VIP,010-1,,,,,P-1,x,식품,1,1,1,정상\n" + csvLine("Q4", "최봄");
        ImportReport report = channel.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(orders.order("Q1")).isNotNull();
        assertThat(orders.order("Q2")).isNotNull();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.reason()).startsWith("the file cannot be read on from this row");
        });
    }

    @Test
    void aFileInAnotherCharsetThanTheChannelsIsRefusedNotGarbled() {
        byte[] eucKr = (csvHeader() + csvLine("E1", "김하늘")).getBytes(Charset.forName("EUC-KR"));
        assertThatThrownBy(() -> channel.importFile(new ByteArrayInputStream(eucKr)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains("is not UTF-8 text");
                });
        assertThat(orders.batches).isEmpty();
    }

    @Test
    void aHeaderEndingInADelimiterIsStillAHeader() throws Exception {
        String csv = csvHeader().replace("\n", ",\n") + csvLine("T1", "김하늘");
        ImportReport report = channel.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.problems()).isEmpty();
        assertThat(orders.order("T1")).isNotNull();
    }

    @Test
    void aLongCsvFileGoesInBatchesOfBoundedSize() throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", Arrays.stream(HEADER).map(Object::toString).toList()))
                .append('\n');
        for (int i = 0; i < LONG; i++) {
            csv.append("B").append(i).append(",2026-11-02 14:05,구매자").append(i)
                    .append(",010-4411-2233,,,,,P-1,김,식품,1,1000,1000,정상\n");
        }
        ImportReport report = channel.importFile(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(report.rows()).isEqualTo(LONG);
        assertThat(report.problems()).isEmpty();
        assertThat(orders.batches).extracting(List::size).containsExactly(OrderBatch.SIZE, OrderBatch.SIZE, 401);
    }

    /** The same ZIP package with one entry's text changed. */
    private static byte[] rewriteEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> change)
            throws IOException {
        java.nio.file.Path original = java.nio.file.Files.createTempFile("workbook-", ".xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            java.nio.file.Files.write(original, zip);
            try (ZipFile in = new ZipFile(original.toFile()); ZipOutputStream copy = new ZipOutputStream(out)) {
                for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                    byte[] content = in.getInputStream(entry).readAllBytes();
                    if (entry.getName().equals(name)) {
                        content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    copy.putNextEntry(new ZipEntry(entry.getName()));
                    copy.write(content);
                }
            }
        } finally {
            java.nio.file.Files.delete(original);
        }
        return out.toByteArray();
    }
}
