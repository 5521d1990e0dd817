package kr.crm.api.grade;

import java.time.Instant;
import java.util.List;

/**
 * How computed grades are decided. An account gets the best grade whose band it meets, else D;
 * an account without orders in the window is D whatever the bands say, if {@code noOrdersIsD}.
 *
 * @param version the policy version; every change makes a new one
 * @param windowMonths months back from today that revenue, order count and margin are summed over
 * @param noOrdersIsD whether an account without orders in the window is D
 * @param bands the bands of S, A, B and C, best first
 * @param ltv how lifetime value is computed (since 0.3); a draft without it keeps the current policy's
 * @param openComplaintNotS whether an account with an open complaint is graded A at best (since 0.3; a draft
 *        without it keeps the current policy's)
 * @param createdBy who saved this version ({@code default} for the seeded one)
 * @param createdAt when
 */
public record GradingPolicy(long version, int windowMonths, boolean noOrdersIsD, List<GradeBand> bands,
        LtvParameters ltv, Boolean openComplaintNotS, String createdBy, Instant createdAt) {
}
