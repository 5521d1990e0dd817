package kr.crm.api.analytics;

import java.util.List;

/**
 * One rule of a segment: a measure or customer field, an operator and its value(s); a segment's
 * customers meet all its rules. Fields and operators are listed in docs/analytics.md.
 *
 * @param field e.g. {@code grade}, {@code recency} (or {@code R}), {@code region}, {@code ltv}
 * @param op {@code =}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=} or {@code in}
 * @param value the value of a comparison
 * @param values the values of {@code in}
 */
public record SegmentCondition(String field, String op, String value, List<String> values) {
}
