package kr.crm.api.consent;

/** What a consent is for. Night-time advertising is consented to separately from advertising. */
public enum ConsentPurpose {
    ADVERTISING, NIGHT_ADVERTISING, TRANSACTIONAL
}
