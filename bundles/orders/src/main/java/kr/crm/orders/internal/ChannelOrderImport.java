package kr.crm.orders.internal;

import java.io.IOException;
import java.io.InputStream;
import kr.crm.api.order.ImportReport;
import kr.crm.api.order.OrderImport;
import kr.crm.api.order.OrderService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A channel's order file, read by the channel's column mapping: one row per order line, the lines
 * of an order on adjacent rows.
 */
@Component(service = OrderImport.class, configurationPid = "kr.crm.orders.channel",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ChannelConfig.class, factory = true)
public final class ChannelOrderImport implements OrderImport {
    private final OrderService orders;
    private final ChannelConfig config;
    private final OrderRows rows;
    private final OrderFile csv;

    @Activate
    public ChannelOrderImport(@Reference OrderService orders, ChannelConfig config) {
        this.orders = orders;
        this.config = config;
        this.rows = new OrderRows(config);
        this.csv = new CsvOrderFile(config);
    }

    @Override
    public String source() {
        return config.source();
    }

    @Override
    public ImportReport importFile(InputStream file) throws IOException {
        ImportRun run = new ImportRun(orders, config, rows);
        csv.read(file, run);
        return run.finish();
    }
}
