package kr.crm.orders.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.ImportReport;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.OrderImport;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.RowProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A channel's CSV order file: one row per order line, the lines of an order on adjacent rows.
 * Orders go to the {@link OrderService} in batches, so memory stays bounded however long the file.
 */
@Component(service = OrderImport.class, configurationPid = "kr.crm.orders.channel",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ChannelConfig.class, factory = true)
public final class CsvOrderImport implements OrderImport {
    private static final int BATCH = 500;

    private final OrderService orders;
    private final ChannelConfig config;
    private final CsvOrderRows rows;

    @Activate
    public CsvOrderImport(@Reference OrderService orders, ChannelConfig config) {
        this.orders = orders;
        this.config = config;
        this.rows = new CsvOrderRows(config);
    }

    @Override
    public String source() {
        return config.source();
    }

    @Override
    public ImportReport importFile(InputStream file) throws IOException {
        ImportTally tally = new ImportTally(config.source());
        Batch batch = new Batch(tally);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter()).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).build();
        try (Reader reader = new InputStreamReader(file, Charset.forName(config.charset()));
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                tally.row();
                long rowNo = record.getRecordNumber() + 1;
                try {
                    batch.add(rows.read(record, 1), rowNo);
                } catch (ValidationException e) {
                    tally.problem(new RowProblem(rowNo, null, e.field(), e.getMessage()));
                }
            }
        }
        batch.flush(true);
        return tally.report();
    }

    private char delimiter() {
        return "TAB".equalsIgnoreCase(config.delimiter()) ? '\t' : config.delimiter().charAt(0);
    }

    /** Groups adjacent rows into orders and hands them over in batches. */
    private final class Batch {
        private final ImportTally tally;
        private final List<IncomingOrder> pending = new ArrayList<>();
        private final List<Long> firstRows = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private CsvOrderRows.Row head;
        private long headRow;
        private final List<OrderLine> lines = new ArrayList<>();

        Batch(ImportTally tally) {
            this.tally = tally;
        }

        void add(CsvOrderRows.Row row, long rowNo) {
            if (head != null && head.orderNo().equals(row.orderNo())) {
                lines.add(renumbered(row.line(), lines.size() + 1));
                return;
            }
            closeOrder();
            if (!seen.add(row.orderNo())) {
                tally.problem(new RowProblem(rowNo, row.orderNo(), config.orderNoColumn(),
                        "appears again after other orders; the lines of one order must be on adjacent rows"));
                return;
            }
            head = row;
            headRow = rowNo;
            lines.add(renumbered(row.line(), 1));
        }

        private void closeOrder() {
            if (head == null) {
                return;
            }
            BigDecimal total = lines.stream().map(l -> l.amount() == null ? BigDecimal.ZERO : l.amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            pending.add(new IncomingOrder(config.source(), head.orderNo(), head.orderedAt(), head.status(), head.buyer(),
                    head.recipient(), "KRW", total, List.copyOf(lines)));
            firstRows.add(headRow);
            head = null;
            lines.clear();
            flush(false);
        }

        void flush(boolean last) {
            if (last) {
                closeOrder();
            }
            if (pending.size() >= BATCH || (last && !pending.isEmpty())) {
                var results = orders.ingestAll(pending);
                for (int i = 0; i < results.size(); i++) {
                    tally.order(results.get(i), firstRows.get(i));
                }
                pending.clear();
                firstRows.clear();
            }
        }
    }

    private static OrderLine renumbered(OrderLine l, int lineNo) {
        return new OrderLine(lineNo, l.productCode(), l.productName(), l.category(), l.quantity(), l.unitPrice(),
                l.amount(), l.margin());
    }
}
