package kr.crm.api.order;

/** What became of one delivered order. */
public enum IngestOutcome {
    /** Linked to an existing customer key. */
    LINKED,
    /** No customer matched: a new customer key was made. */
    NEW_CUSTOMER,
    /** The order was known and has been updated (or was unchanged). */
    UPDATED,
    /** The match was uncertain: the buyer got a key of its own and the pair waits in the review queue. */
    QUEUED,
    /** Not stored; {@code reason} says why. The rest of the batch goes on. */
    REJECTED
}
