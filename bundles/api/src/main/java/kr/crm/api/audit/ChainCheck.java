package kr.crm.api.audit;

import java.time.Instant;

/**
 * The result of verifying the access log's hash chain.
 *
 * @param intact true if every row from the first kept one to the chain head is there and unchanged
 * @param rows how many rows were checked
 * @param firstSeq the first row checked (rows before it were removed by retention)
 * @param lastSeq the chain head's sequence number
 * @param badSeq the first row found changed or missing; null if intact
 * @param problem {@code CHANGED} (a row's content does not match its hash), {@code MISSING} (a gap in the
 *        sequence), {@code RELINKED} (a row does not point at its predecessor's hash), {@code TRUNCATED} (rows at
 *        the end or at the start are gone, or the head is behind a head copied out earlier), {@code REWRITTEN} (a
 *        row copied out earlier, an anchor, has another hash now: the chain up to it was recomputed),
 *        {@code ANCHORS_UNREADABLE} (this node's copy of earlier heads cannot be read); null if intact
 * @param lastHash the chain head's hash: what an auditor writes down to compare later
 * @param anchors how many earlier heads copied out of the database (anchors, this node's) were checked
 * @param checkedAt when the check ran
 * @param millis how long it took
 */
public record ChainCheck(boolean intact, long rows, long firstSeq, long lastSeq, String lastHash, Long badSeq,
        String problem, int anchors, Instant checkedAt, long millis) {
}
