package kr.crm.orders.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.ImportReport;
import kr.crm.api.order.OrderImport;
import kr.crm.api.order.OrderService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A channel's order file, CSV or .xlsx, read by the channel's one column mapping: one row per order
 * line, the lines of an order on adjacent rows.
 *
 * <p>The file's first bytes decide its format, not the name or content type it came with: an
 * .xlsx workbook is a ZIP package and starts with {@code PK\3\4}; anything else is read as CSV in
 * the channel's charset and delimiter.
 */
@Component(service = OrderImport.class, configurationPid = "kr.crm.orders.channel",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ChannelConfig.class, factory = true)
public final class ChannelOrderImport implements OrderImport {
    private static final int SNIFF = 8;

    private final OrderService orders;
    private final ChannelConfig config;
    private final OrderRows rows;
    private final OrderFile csv;
    private final OrderFile xlsx;

    @Activate
    public ChannelOrderImport(@Reference OrderService orders, ChannelConfig config) {
        this.orders = orders;
        this.config = config;
        this.rows = new OrderRows(config);
        this.csv = new CsvOrderFile(config);
        this.xlsx = new XlsxOrderFile(config.orderNoColumn(), rows.columns());
    }

    @Override
    public String source() {
        return config.source();
    }

    @Override
    public ImportReport importFile(InputStream file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(file);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        if (XlsxOrderFile.isOle2(head)) {
            throw new ValidationException("file", "is an Excel 97-2003 .xls workbook or a password-protected one; "
                    + "save it as .xlsx without a password, or as CSV");
        }
        ImportRun run = new ImportRun(orders, config, rows);
        (XlsxOrderFile.isZip(head) ? xlsx : csv).read(in, run);
        return run.finish();
    }
}
