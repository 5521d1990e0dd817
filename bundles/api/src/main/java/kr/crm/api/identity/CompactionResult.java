package kr.crm.api.identity;

/**
 * What one compaction scan did.
 *
 * @param sharedValues identifying values held by more than one customer that were looked at
 * @param merged pairs merged into the older key
 * @param queued uncertain pairs queued for review
 */
public record CompactionResult(long sharedValues, long merged, long queued) {
}
