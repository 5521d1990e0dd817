package kr.crm.tools.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersAndCsvTest {
    private static final LocalDate UNTIL = LocalDate.of(2026, 1, 1);

    @Test
    void orders_are_deterministic_dated_in_the_last_three_years_and_add_up() {
        DataSet data = TestDataGenerator.generate(300, 4, 5L, Variation.defaults());
        OrderGenerator generator = new OrderGenerator(5L, UNTIL);
        List<Order> orders = data.records().stream().map(generator::order).toList();

        assertThat(data.records().stream().map(new OrderGenerator(5L, UNTIL)::order).toList())
                .isEqualTo(orders);
        assertThat(orders).extracting(Order::orderNo).doesNotHaveDuplicates();
        assertThat(orders).allSatisfy(o -> {
            assertThat(o.orderedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
            assertThat(o.orderedAt().toLocalDate()).isBefore(UNTIL)
                    .isAfterOrEqualTo(UNTIL.minusYears(3).minusDays(1));
            assertThat(o.lines()).hasSizeBetween(1, 4).allSatisfy(l -> {
                assertThat(l.amount()).isEqualTo(l.quantity() * l.unitPrice());
                assertThat(l.margin()).isPositive().isLessThan(l.amount());
            });
        });
    }

    @Test
    void csv_fields_are_quoted_only_when_needed() {
        assertThat(TestDataCsv.field(null)).isEmpty();
        assertThat(TestDataCsv.field("(주)한빛정밀")).isEqualTo("(주)한빛정밀");
        assertThat(TestDataCsv.field(" 김민준 ")).isEqualTo("\" 김민준 \"");
        assertThat(TestDataCsv.field("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }

    @Test
    void main_writes_the_three_files_with_headers(@TempDir Path dir) throws Exception {
        TestDataMain.main(new String[] {"--customers", "100", "--records", "450", "--seed", "9",
            "--out", dir.toString(), "--until", "2026-01-01"});

        List<String> customers = Files.readAllLines(dir.resolve("customers.csv"), StandardCharsets.UTF_8);
        List<String> records = Files.readAllLines(dir.resolve("records.csv"), StandardCharsets.UTF_8);
        List<String> orders = Files.readAllLines(dir.resolve("orders.csv"), StandardCharsets.UTF_8);
        assertThat(customers).hasSize(101).first().isEqualTo(TestDataCsv.CUSTOMERS_HEADER);
        assertThat(records).hasSize(451).first().isEqualTo(TestDataCsv.RECORDS_HEADER);
        assertThat(orders.get(0)).isEqualTo(TestDataCsv.ORDERS_HEADER);
        assertThat(orders.size() - 1).isBetween(450, 4 * 450);
        assertThat(records.get(1)).startsWith(new TestDataGenerator(100, 9L, Variation.defaults())
                .records(450).findFirst().orElseThrow().source() + ",1,T0000001,");
    }
}
