package kr.crm.api.store;

import java.util.List;

/**
 * An identifying value that several customers hold: a candidate duplicate for compaction.
 *
 * @param kind what it is
 * @param canonical the shared canonical value
 * @param customerKeys the customers holding it (merged keys counted as their survivor)
 */
public record SharedValue(IdentityKind kind, String canonical, List<String> customerKeys) {
}
