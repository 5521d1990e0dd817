package kr.crm.analytics.internal;

import static kr.crm.analytics.internal.DefaultAnalyticsService.SEOUL;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.PseudonymisedExport;
import kr.crm.api.analytics.PseudonymisedOrder;
import kr.crm.api.analytics.PseudonymisedRow;
import kr.crm.api.analytics.ReportFilter;
import kr.crm.api.common.ValidationException;
import kr.crm.api.store.AnalyticsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The measures and orders for statistics: customer keys replaced by HMAC-SHA256 under the key of PID
 * {@code kr.crm.analytics.pseudonym} (so the same customer gets the same pseudonym in every export,
 * and nobody without the key can recompute it from a key list); names, phones, e-mails and
 * addresses are never read; dates are cut to months.
 */
@Component(service = PseudonymisedExport.class, configurationPid = "kr.crm.analytics.pseudonym",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PseudonymConfig.class)
public final class DefaultPseudonymisedExport implements PseudonymisedExport {
    static final int KEY_MIN = 32;
    static final int DEFAULT_MONTHS = 24;
    static final int MAX_MONTHS = 60;

    private final AnalyticsStore store;
    private final SecretKeySpec key;

    @Activate
    public DefaultPseudonymisedExport(@Reference AnalyticsStore store, PseudonymConfig config) {
        this(store, config.key());
    }

    DefaultPseudonymisedExport(AnalyticsStore store, String key) {
        if (key == null || key.length() < KEY_MIN) {
            throw new IllegalArgumentException("key must have at least " + KEY_MIN + " characters");
        }
        this.store = store;
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public List<PseudonymisedRow> rows(ReportFilter filter) {
        Mac mac = mac();
        List<PseudonymisedRow> rows = new ArrayList<>();
        store.exportRows(filter, r -> {
            CustomerMeasures m = r.measures();
            rows.add(new PseudonymisedRow(pseudonym(mac, m.customerKey()), m.kind(), r.region(), r.industry(),
                    r.grade(), month(m.firstOrderAt()), month(m.lastOrderAt()), m.orders(), m.revenue(), m.margin(),
                    m.recency(), m.frequency(), m.monetary(), m.cell(), m.lifetimeValue(), m.quadrant()));
        });
        return rows;
    }

    @Override
    public List<PseudonymisedOrder> orders(ReportFilter filter) {
        LocalDate to = filter.to() != null ? filter.to() : LocalDate.now(SEOUL);
        LocalDate from = filter.from() != null ? filter.from() : to.minusMonths(DEFAULT_MONTHS).plusDays(1);
        if (from.isAfter(to)) {
            throw new ValidationException("from", "must not be after to");
        }
        if (from.isBefore(to.minusMonths(MAX_MONTHS))) {
            throw new ValidationException("from", "the period is at most " + MAX_MONTHS + " months");
        }
        Mac mac = mac();
        Map<String, String> pseudonyms = new HashMap<>();
        List<PseudonymisedOrder> orders = new ArrayList<>();
        store.exportOrders(filter, from.atStartOfDay(SEOUL).toInstant(), to.plusDays(1).atStartOfDay(SEOUL).toInstant(),
                o -> orders.add(new PseudonymisedOrder(pseudonyms.computeIfAbsent(o.customerKey(),
                        k -> pseudonym(mac, k)), month(o.orderedAt()), o.amount(), o.margin())));
        return orders;
    }

    static String pseudonym(Mac mac, String customerKey) {
        return HexFormat.of().formatHex(mac.doFinal(customerKey.getBytes(StandardCharsets.UTF_8)));
    }

    Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String month(Instant at) {
        return at == null ? null : YearMonth.from(at.atZone(SEOUL)).toString();
    }
}
