package kr.crm.api.analytics;

/** The retention matrix (domain.md): target customer or not, profitable or not. */
public enum Quadrant {
    /** target and profitable */
    RETAIN,
    /** target, not profitable */
    CONVERT,
    /** profitable, not a target */
    OBSERVE,
    /** neither */
    DROP
}
