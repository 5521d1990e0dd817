package kr.crm.api.consent;

/** Why an advertising message may be sent. */
public enum LawfulBasis {
    /** The person consented to advertising on this channel. */
    CONSENT,
    /** 거래관계 exception: the person's last order ended within 6 months, for the same kind of goods. */
    TRANSACTION
}
