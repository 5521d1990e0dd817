package kr.crm.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed's offer table as configured rules {@code F<from>[-<to>][:falling]=<percent>}: the first rule
 * whose F range holds the customer's F score (and, with {@code :falling}, whose window revenue fell
 * below the previous window's) gives the discount percent.
 */
final class OfferTable {
    private static final Pattern RULE = Pattern.compile("F([1-5])(?:-([1-5]))?(:falling)?=(\\d{1,2})");

    private record Rule(int from, int to, boolean falling, int percent) {
    }

    private final List<Rule> rules;
    private final List<String> text;

    private OfferTable(List<Rule> rules, List<String> text) {
        this.rules = rules;
        this.text = text;
    }

    /** @throws IllegalArgumentException naming the rule that does not read */
    static OfferTable parse(String[] rules) {
        List<Rule> parsed = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            String r = rules[i] == null ? "" : rules[i].strip();
            Matcher m = RULE.matcher(r);
            if (!m.matches()) {
                throw new IllegalArgumentException("offers[" + i + "] must read F<from>[-<to>][:falling]=<percent>");
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from) {
                throw new IllegalArgumentException("offers[" + i + "] has its range backwards");
            }
            parsed.add(new Rule(from, to, m.group(3) != null, Integer.parseInt(m.group(4))));
            text.add(r);
        }
        return new OfferTable(List.copyOf(parsed), List.copyOf(text));
    }

    /** The discount percent for an F score 1-5, null if no rule matches (or F is 0: no orders in the window). */
    Integer offer(int frequency, boolean falling) {
        if (frequency < 1) {
            return null;
        }
        for (Rule r : rules) {
            if (frequency >= r.from && frequency <= r.to && (!r.falling || falling)) {
                return r.percent;
            }
        }
        return null;
    }

    List<String> rules() {
        return text;
    }
}
