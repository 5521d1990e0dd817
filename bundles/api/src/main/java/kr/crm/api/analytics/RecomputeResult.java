package kr.crm.api.analytics;

/**
 * What a recompute did.
 *
 * @param ran false if another node held the lease {@code analytics}, so this one did nothing
 * @param full whether every customer was ranked (else scored against the stored cut points)
 * @param customers customers looked at
 * @param changed customers whose stored measures changed
 * @param millis how long it took
 */
public record RecomputeResult(boolean ran, boolean full, long customers, long changed, long millis) {
}
