package kr.crm.api.audit;

/**
 * A stored access-log row.
 *
 * @param seq its place in the chain, 1, 2, 3 … without gaps
 * @param entry what was logged
 * @param hash SHA-256 (hex) over the entry, its sequence number and the previous row's hash
 */
public record LoggedAccess(long seq, AccessEntry entry, String hash) {
}
