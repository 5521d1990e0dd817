package kr.crm.analytics.internal;

import java.math.BigDecimal;
import kr.crm.api.analytics.AnalyticsSettings;

/** The configuration read and checked once: the parameters every measure is computed with. */
record Settings(AnalyticsSettings shown, OfferTable offers) {

    /** @throws IllegalArgumentException naming the property that is out of range */
    static Settings of(AnalyticsConfig c) {
        BigDecimal retention = rate("retentionRate", c.retentionRate(), new BigDecimal("0.99"));
        BigDecimal discount = rate("discountRate", c.discountRate(), BigDecimal.ONE);
        BigDecimal margin = rate("defaultMarginRate", c.defaultMarginRate(), BigDecimal.ONE);
        if (c.windowMonths() < 1 || c.windowMonths() > 60) {
            throw new IllegalArgumentException("windowMonths must be 1-60");
        }
        if (c.targetMinRecency() < 1 || c.targetMinRecency() > 5) {
            throw new IllegalArgumentException("targetMinRecency must be 1-5");
        }
        if (c.targetMinFrequency() < 1 || c.targetMinFrequency() > 5) {
            throw new IllegalArgumentException("targetMinFrequency must be 1-5");
        }
        BigDecimal minLtv = decimal("profitableMinLtv", c.profitableMinLtv());
        if (minLtv.signum() < 0) {
            throw new IllegalArgumentException("profitableMinLtv must be 0 or more");
        }
        OfferTable offers = OfferTable.parse(c.offers());
        return new Settings(new AnalyticsSettings(c.windowMonths(), retention, discount, margin, offers.rules(),
                c.targetMinRecency(), c.targetMinFrequency(), minLtv), offers);
    }

    private static BigDecimal rate(String name, String value, BigDecimal max) {
        BigDecimal d = decimal(name, value);
        if (d.signum() < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be 0-" + max.toPlainString());
        }
        return d;
    }

    private static BigDecimal decimal(String name, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be a decimal number such as 0.75");
        }
    }
}
