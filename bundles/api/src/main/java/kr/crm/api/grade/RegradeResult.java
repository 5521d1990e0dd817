package kr.crm.api.grade;

/**
 * What a re-grading run did.
 *
 * @param ran false if another run held the {@code regrade} lease, so this one did nothing
 * @param policyVersion the policy version applied
 * @param accounts accounts looked at
 * @param changed accounts whose grade in force or computed grade changed
 * @param millis how long it took
 */
public record RegradeResult(boolean ran, long policyVersion, long accounts, long changed, long millis) {
}
