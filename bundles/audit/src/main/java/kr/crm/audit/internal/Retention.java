package kr.crm.audit.internal;

/** How long access-log rows are kept: 1 year, 2 once the CRM holds 50,000 or more people. */
final class Retention {
    static final long PEOPLE_FOR_TWO_YEARS = 50_000;

    private Retention() {
    }

    static int years(long peopleHeld) {
        return peopleHeld >= PEOPLE_FOR_TWO_YEARS ? 2 : 1;
    }
}
