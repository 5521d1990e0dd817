package kr.crm.tools.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The GETs the CRM tab ({@code tab.js}) makes to show one customer, in its order, for a load at the tab's mix. */
final class TabCalls {
    private static final List<String> CALLS = List.of(
            "me",
            "customers/%s",
            "customers/%s/sources",
            "accounts/%s/grade",
            "accounts/%s/grade/history",
            "orders?customer=%s&size=10",
            "orders/monthly?customer=%s&months=12",
            "tasks?account=%s",
            "contact-logs?account=%s&size=50",
            "contact-logs/complaints?account=%s",
            "accounts/%s/contacts?size=200",
            "service-requests?open=true&account=%s",
            "segments?customer=%s");

    private TabCalls() {
    }

    /** The {@code i}-th call of a run: customer after customer, each with the tab's whole set. */
    static String path(List<String> keys, int i) {
        String key = keys.get(i / CALLS.size() % keys.size());
        return CALLS.get(i % CALLS.size()).replace("%s", URLEncoder.encode(key, StandardCharsets.UTF_8));
    }
}
