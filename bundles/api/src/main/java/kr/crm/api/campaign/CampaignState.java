package kr.crm.api.campaign;

/** Where a campaign stands. */
public enum CampaignState {
    /** Created, recipients not yet frozen. */
    DRAFT,
    /** Launched: recipients frozen, sent from the start time on. */
    RUNNING,
    /** Stopped by the kill switch; nothing more is sent until it is resumed. */
    PAUSED,
    /** Every recipient row is final. */
    DONE
}
