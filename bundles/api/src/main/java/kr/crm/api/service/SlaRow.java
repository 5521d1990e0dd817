package kr.crm.api.service;

/**
 * Service-level attainment of one type. A target counts once it is decided: met or missed when the request was
 * answered (resolved), missed while it is still open past its due time; targets of open requests not yet due are
 * not counted. A rate is null when nothing was decided yet.
 *
 * @param type the type code
 * @param requests requests received in the period
 * @param firstResponseDecided first-response targets decided
 * @param firstResponseMet of those, met (first response at or before its due time)
 * @param firstResponseRate met / decided, 0..1 rounded to four decimals
 * @param resolutionDecided resolution targets decided
 * @param resolutionMet of those, met (resolved at or before its due time, moved on by waits for the customer)
 * @param resolutionRate met / decided
 * @param openOverdue open requests past their resolution target now
 * @since 0.4
 */
public record SlaRow(String type, long requests, long firstResponseDecided, long firstResponseMet,
        Double firstResponseRate, long resolutionDecided, long resolutionMet, Double resolutionRate,
        long openOverdue) {
}
