package kr.crm.api.sync;

/** How a sync run ended. */
public enum RunStatus {
    /** Everything was synchronised. */
    OK,
    /** The run went through, but some cards or contacts were skipped; see the problems. */
    PARTIAL,
    /** The run would have deleted more than the configured share of contacts and changed nothing. */
    DELETE_GUARD,
    /** The server could not be reached or answered with an error; nothing more was done. */
    FAILED,
    /** Another run of the same address book (on this or another node) was under way; nothing was done. */
    BUSY
}
