package kr.crm.orders.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import kr.crm.api.order.OrderService;
import kr.crm.api.store.Leases;
import kr.crm.api.store.WatermarkStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the host ERP's tables with the admin's SQL. One node polls at a time (a database lease);
 * rows are taken in watermark order and the watermark, kept in MariaDB, moves past a row only after
 * the row went in — a crash re-reads at most one batch, which ingestion takes in idempotently, and
 * nothing is skipped. A row ingestion rejects is logged (order number, field, reason) and passed:
 * corrected in the host, it gets a new watermark and is read again.
 */
@Component(service = {}, configurationPid = "kr.crm.orders.poll", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PollConfig.class, factory = true)
public final class PollConnector {
    private static final Logger LOG = LoggerFactory.getLogger(PollConnector.class);

    private final PollConfig config;
    private final DataSource hostTables;
    private final OrderService orders;
    private final WatermarkStore watermarks;
    private final Leases leases;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-order-poll"));

    @Activate
    public PollConnector(PollConfig config, @Reference(name = "dataSource", target = "(crm.datasource=default)") DataSource hostTables,
            @Reference OrderService orders, @Reference WatermarkStore watermarks, @Reference Leases leases) {
        this.config = config;
        this.hostTables = hostTables;
        this.orders = orders;
        this.watermarks = watermarks;
        this.leases = leases;
        timer.scheduleWithFixedDelay(this::pollSafely, 0, config.intervalSeconds(), TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        leases.release(lease());
    }

    private String lease() {
        return "poll:" + config.name();
    }

    private void pollSafely() {
        try {
            Duration length = Duration.ofSeconds(Math.max(60, 3L * config.intervalSeconds()));
            while (leases.tryTake(lease(), length) && pollOnce() > 0) {
                // drain what is there, renewing the lease per batch, before waiting for the next tick
            }
        } catch (RuntimeException | SQLException e) {
            LOG.warn("Poll {} failed, will retry: {}", config.name(), e.getClass().getName());
        }
    }

    /**
     * One batch: the rows past the watermark, in order. A row that cannot be read or is rejected for what it holds is
     * logged and passed; one the CRM could not store for a passing reason stops the batch there, so the next poll
     * reads it again and no order is skipped. @return how many rows it took in
     */
    int pollOnce() throws SQLException {
        String stored = watermarks.get(config.name()).orElse(null);
        String mark = stored == null ? config.initialWatermark() : stored;
        int taken = 0;
        String last = null;
        try (Connection c = hostTables.getConnection(); PreparedStatement s = c.prepareStatement(config.sql())) {
            s.setString(1, mark);
            try (ResultSet r = s.executeQuery()) {
                PollRows rows = new PollRows(r.getMetaData(), config.source());
                while (r.next()) {
                    String at = r.getString(config.watermarkColumn());
                    IngestResult result;
                    try {
                        result = orders.ingest(rows.read(r));
                    } catch (IllegalArgumentException | SQLDataException e) { // the row, not the connection
                        // a driver's message can quote the cell; ours names the column
                        LOG.warn("Poll {}: the row at {} {} cannot be read ({}); passed over", config.name(),
                                config.watermarkColumn(), at,
                                e instanceof SQLDataException ? e.getClass().getSimpleName() : e.getMessage());
                        last = at;
                        taken++;
                        continue;
                    }
                    if (result.outcome() == IngestOutcome.REJECTED && result.field() == null) {
                        // not stored for a passing reason (the database): read again from here at the next poll
                        LOG.warn("Poll {}: order {} not stored, will retry: {}", config.name(), result.orderNo(),
                                result.reason());
                        break;
                    }
                    if (result.outcome() == IngestOutcome.REJECTED) {
                        LOG.warn("Poll {}: order {} rejected: {} {}", config.name(), result.orderNo(), result.field(),
                                result.reason());
                    }
                    last = at;
                    taken++;
                }
            }
        }
        if (last != null && !watermarks.advance(config.name(), stored, last)) {
            throw new IllegalStateException("watermark of " + config.name() + " moved meanwhile");
        }
        return taken;
    }
}
