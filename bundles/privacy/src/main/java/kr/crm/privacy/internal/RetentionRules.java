package kr.crm.privacy.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.crm.api.privacy.DestructionMethod;
import kr.crm.api.privacy.RetentionCategory;
import kr.crm.api.privacy.RetentionRule;

/** The configured periods turned into cut-off instants as of one moment (Korean calendar). */
record RetentionRules(int prospectMonths, int marketingGraceDays, int orderIdentityYears, int contactLogYears,
        int permissionHistoryYears) {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    static RetentionRules of(RetentionConfig config) {
        return new RetentionRules(config.prospectMonths(), config.marketingGraceDays(), config.orderIdentityYears(),
                config.contactLogYears(), config.permissionHistoryYears());
    }

    /** No activity since this instant makes a prospect expire; null if the rule is off. */
    Instant prospectCutoff(Instant now) {
        return prospectMonths <= 0 ? null : now.atZone(SEOUL).minusMonths(prospectMonths).toInstant();
    }

    /** Advertising consent that ended before this instant takes the marketing profile with it; null if off. */
    Instant marketingCutoff(Instant now) {
        return marketingGraceDays <= 0 ? null : now.minus(Duration.ofDays(marketingGraceDays));
    }

    /**
     * Orders all before this instant no longer need the buyer identified: 1 January (Korean time) of the year
     * {@code orderIdentityYears + 1} before this one. The law's 5 years run from the filing deadline of the order
     * year's returns, which falls in the following year (부가가치세 25 January, 법인세 March, 종합소득세 May), so the
     * orders of 2020 are kept to May 2026 and expire here on 1 January 2027.
     */
    Instant orderCutoff(Instant now) {
        if (orderIdentityYears <= 0) {
            return null;
        }
        int year = now.atZone(SEOUL).getYear() - orderIdentityYears - 1;
        return LocalDate.of(year, 1, 1).atStartOfDay(SEOUL).toInstant();
    }

    Instant contactLogCutoff(Instant now) {
        return contactLogYears <= 0 ? null : years(now, contactLogYears);
    }

    Instant permissionHistoryCutoff(Instant now) {
        return permissionHistoryYears <= 0 ? null : years(now, permissionHistoryYears);
    }

    List<RetentionRule> describe(Instant now) {
        List<RetentionRule> rules = new ArrayList<>();
        rules.add(new RetentionRule(RetentionCategory.PROSPECT, prospectRule(), DestructionMethod.DELETED,
                prospectCutoff(now)));
        rules.add(new RetentionRule(RetentionCategory.MARKETING_PROFILE, marketingRule(), DestructionMethod.DELETED,
                marketingCutoff(now)));
        rules.add(new RetentionRule(RetentionCategory.ORDER_IDENTITY, orderRule(), DestructionMethod.ANONYMISED,
                orderCutoff(now)));
        rules.add(new RetentionRule(RetentionCategory.CONTACT_LOG, "contact-log entries " + contactLogYears
                + " years after they occurred", DestructionMethod.DELETED, contactLogCutoff(now)));
        rules.add(new RetentionRule(RetentionCategory.PERMISSION_HISTORY, "permission history "
                + permissionHistoryYears + " years (개인정보의 안전성 확보조치 기준 제5조)", DestructionMethod.DELETED,
                permissionHistoryCutoff(now)));
        return rules;
    }

    String prospectRule() {
        return "no order and no activity for " + prospectMonths + " months";
    }

    String marketingRule() {
        return "birthday " + marketingGraceDays + " days after advertising consent ended on every channel";
    }

    String orderRule() {
        return "last order " + orderIdentityYears + " years after the filing year (국세기본법 제85조의3)"
                + (prospectMonths > 0 ? " and no activity for " + prospectMonths + " months" : "");
    }

    private static Instant years(Instant now, int years) {
        ZonedDateTime t = now.atZone(SEOUL).minusYears(years);
        return t.toInstant();
    }
}
