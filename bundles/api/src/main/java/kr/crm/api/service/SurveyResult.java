package kr.crm.api.service;

import java.time.Instant;

/**
 * The customer's answer to the satisfaction survey of one resolution of a request.
 *
 * @param requestId the request
 * @param resolvedAt the resolution it rates (a reopened and again resolved request is asked again)
 * @param score 1 (very unhappy) to 5 (very happy)
 * @param comment what the customer wrote, if anything
 * @param assignee who the request was assigned to when it was resolved, null if nobody
 * @param type the request's type code
 * @param answeredAt when the customer answered
 * @since 0.2
 */
public record SurveyResult(String requestId, Instant resolvedAt, int score, String comment, String assignee,
        String type, Instant answeredAt) {
}
