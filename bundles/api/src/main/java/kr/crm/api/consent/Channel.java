package kr.crm.api.consent;

/** How a message reaches a person. */
public enum Channel {
    EMAIL, SMS, POST, FAX, PUSH;

    /** SMS, push and fax advertising needs a separate night consent between 21:00 and 08:00 (Asia/Seoul). */
    public boolean nightRestricted() {
        return this == SMS || this == FAX || this == PUSH;
    }
}
