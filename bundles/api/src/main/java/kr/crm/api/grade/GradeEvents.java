package kr.crm.api.grade;

/**
 * EventAdmin events the grading bundle posts after it has stored a change of an account's grade
 * in force. Posted asynchronously; a listener must not assume it runs before the next change.
 *
 * @since 0.2
 */
public final class GradeEvents {
    /** The grade in force changed. */
    public static final String TOPIC_CHANGED = "kr/crm/grade/CHANGED";
    /** String: the account key. */
    public static final String ACCOUNT_KEY = "accountKey";
    /** String: the grade before, absent for the first grade. */
    public static final String FROM = "from";
    /** String: the grade after. */
    public static final String TO = "to";

    private GradeEvents() {
    }
}
