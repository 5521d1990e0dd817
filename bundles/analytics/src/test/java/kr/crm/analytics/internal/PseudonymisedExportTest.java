package kr.crm.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.PseudonymisedRow;
import kr.crm.api.analytics.Quadrant;
import kr.crm.api.analytics.ReportFilter;
import kr.crm.api.store.AnalyticsStore;
import kr.crm.api.store.AnalyticsStore.ExportRow;
import org.junit.jupiter.api.Test;

class PseudonymisedExportTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    @SuppressWarnings("unchecked")
    void keysBecomeTheirHmacAndDatesMonths() {
        AnalyticsStore store = mock(AnalyticsStore.class);
        CustomerMeasures m = new CustomerMeasures("C123", "PERSON", Instant.parse("2026-01-31T16:00:00Z"),
                Instant.parse("2026-11-01T00:00:00Z"), 3, BigDecimal.TEN, 2, BigDecimal.TEN, BigDecimal.ZERO,
                BigDecimal.ONE, true, 5, 4, 3, "R5F4M3", 5, BigDecimal.ONE, Quadrant.DROP, Instant.EPOCH);
        doAnswer(i -> {
            ((Consumer<ExportRow>) i.getArgument(1)).accept(new ExportRow(m, "경기", null, null));
            return null;
        }).when(store).exportRows(any(), any());
        List<PseudonymisedRow> rows = new DefaultPseudonymisedExport(store, KEY).rows(ReportFilter.ALL);
        // HMAC-SHA256("C123") under KEY, computed independently (openssl dgst -sha256 -hmac)
        assertThat(rows.get(0).pseudonym())
                .isEqualTo("1bac9fe63319e526108ce51a4c01a1c4041d752fd9af6419b5d2c589d3021233");
        assertThat(rows.get(0).pseudonym()).hasSize(64).doesNotContain("C123");
        assertThat(rows.get(0).firstOrderMonth()).isEqualTo("2026-02");
        assertThat(rows.get(0).lastOrderMonth()).isEqualTo("2026-11");
        assertThat(rows.get(0).region()).isEqualTo("경기");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new DefaultPseudonymisedExport(mock(AnalyticsStore.class), "short"))
                .hasMessageContaining("key");
    }
}
