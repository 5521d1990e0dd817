package kr.crm.analytics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CRM customer analytics",
        description = "Measures per customer (RFM, LTV, retention-matrix quadrant): recomputed in full on a schedule "
                + "(one node at a time, lease 'analytics') and for the customers whose orders arrive. "
                + "docs/analytics.md has every formula.")
@interface AnalyticsConfig {

    @AttributeDefinition(name = "Interval (minutes)", min = "0",
            description = "Minutes between full recomputes; 0 turns the schedule off.")
    int intervalMinutes() default 60;

    @AttributeDefinition(name = "Lease (minutes)", min = "1",
            description = "How long a node holds the 'analytics' lease; a dead holder's lease expires after it.")
    int leaseMinutes() default 30;

    @AttributeDefinition(name = "Recompute on orders",
            description = "Recompute a customer when orders linked to it arrive (event kr/crm/order/LINKED).")
    boolean onOrders() default true;

    @AttributeDefinition(name = "Order recompute delay (ms)", min = "0",
            description = "Arriving orders are collected this long and their customers recomputed together.")
    int onOrdersDelayMillis() default 500;

    @AttributeDefinition(name = "Interest window (days)", min = "1", max = "3650",
            description = "Opens and clicks of campaign e-mails in this many days back count as recentOpens and "
                    + "recentClicks (segment rules); daysSinceOpen and daysSinceClick need no window.")
    int interestDays() default 90;

    @AttributeDefinition(name = "Window (months)", min = "1", max = "60",
            description = "Months back from today (Asia/Seoul) that orders, revenue, margin, F and M cover; the "
                    + "window before it of the same length gives the previous revenue.")
    int windowMonths() default 12;

    @AttributeDefinition(name = "Retention rate", description = "Yearly retention in the LTV formula, 0-0.99.")
    String retentionRate() default "0.75";

    @AttributeDefinition(name = "Discount rate", description = "Yearly discount rate in the LTV formula, 0-1.")
    String discountRate() default "0.10";

    @AttributeDefinition(name = "Default margin rate",
            description = "Margin rate assumed for orders that carry no margin, 0-1.")
    String defaultMarginRate() default "0.10";

    @AttributeDefinition(name = "Offer table",
            description = "Rules 'F<from>[-<to>][:falling]=<discount %>', first match wins; ':falling' matches "
                    + "only when the window's revenue is below the previous window's (seed 003: low frequency with "
                    + "falling spend 6%, average 5%, high 3%, top none).")
    String[] offers() default {"F1-2:falling=6", "F1-3=5", "F4=3", "F5=0"};

    @AttributeDefinition(name = "Target: minimum R", min = "1", max = "5",
            description = "A target customer (retention matrix) has at least this recency score ...")
    int targetMinRecency() default 3;

    @AttributeDefinition(name = "Target: minimum F", min = "1", max = "5",
            description = "... and at least this frequency score.")
    int targetMinFrequency() default 2;

    @AttributeDefinition(name = "Profitable: minimum LTV (KRW)",
            description = "A profitable customer has at least this lifetime value.")
    String profitableMinLtv() default "1000000";
}
