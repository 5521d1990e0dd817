package kr.crm.identity.internal;

/** One thing the compaction decided: merge {@code newer} into {@code older}, or queue the pair for review. */
record PairAction(boolean merge, String older, String newer, MatchScorer.Score score) {
}
