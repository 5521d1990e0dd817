package kr.crm.api.campaign;

/**
 * The customer moments a triggered program answers (the seed's "programs by customer moment").
 *
 * @since 0.3
 */
public enum ProgramKind {
    /** The welcome message when an account enters the top grade (S), once per customer. */
    TOP_GRADE_WELCOME,
    /** The birthday of a person customer and of each contact person of a company, on the day, once a year. */
    BIRTHDAY,
    /** The founding day of a company customer, on the day, once a year. */
    FOUNDING_DAY
}
