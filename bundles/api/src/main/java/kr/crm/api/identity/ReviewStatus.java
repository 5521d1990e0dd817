package kr.crm.api.identity;

/** Where an uncertain match stands. */
public enum ReviewStatus {
    /** Waiting for an admin. */
    OPEN,
    /** The admin merged the two customers. */
    MERGED,
    /** The admin decided they are different customers. */
    DISMISSED
}
