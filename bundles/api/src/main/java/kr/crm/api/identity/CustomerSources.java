package kr.crm.api.identity;

import java.util.List;

/**
 * Where a customer's identity comes from: the keys merged into it and what each source said.
 *
 * @param customerKey the customer
 * @param aliases keys merged into it, which still resolve to it
 * @param values every identifying value, by source
 */
public record CustomerSources(String customerKey, List<String> aliases, List<SourcedValue> values) {
}
