package kr.crm.identity.internal;

import java.util.List;
import java.util.Map;
import kr.crm.api.customer.Customer;
import kr.crm.api.store.IdentityRow;
import kr.crm.api.store.SharedValue;

/**
 * A page of the compaction scan: shared values with their holders and the holders' index rows.
 *
 * @param values the shared values, in scan order
 * @param found the customer under each key of the page (a merged key gives its survivor)
 * @param rows every index row of those customers, by customer key
 */
record PageRead(List<SharedValue> values, Map<String, Customer> found, Map<String, List<IdentityRow>> rows) {
}
