package kr.crm.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * One access to personal data.
 *
 * @param at when (milliseconds are kept, finer parts dropped)
 * @param user the CRM account that acted ({@code system:<job>} for a scheduled job)
 * @param source where from: the client's address, or the job's node
 * @param action what was done
 * @param customerKeys whose data: customer or contact-person keys (at most {@link #MAX_KEYS} are kept)
 * @param rows how many records were read or written
 * @param resource what was reached, e.g. {@code GET v1/customers/{key}} or {@code carddav:rep.kim}
 * @param reason why, for exports and downloads; null otherwise
 */
public record AccessEntry(Instant at, String user, String source, AccessAction action, List<String> customerKeys,
        int rows, String resource, String reason) {
    public static final int MAX_KEYS = 500;

    public AccessEntry {
        customerKeys = customerKeys == null ? List.of()
                : List.copyOf(customerKeys.size() > MAX_KEYS ? customerKeys.subList(0, MAX_KEYS) : customerKeys);
    }
}
