package kr.crm.api.sync;

/**
 * What one run did on one side (the CRM or the groupware server).
 *
 * @param created contacts or cards created
 * @param updated contacts or cards changed
 * @param deleted contacts or cards deleted
 * @param conflicts fields changed on both sides to different values
 * @param errors cards or contacts skipped because of an error
 */
public record SideCounts(int created, int updated, int deleted, int conflicts, int errors) {

    /** Nothing done. */
    public static final SideCounts NONE = new SideCounts(0, 0, 0, 0, 0);
}
