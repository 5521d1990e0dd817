package kr.crm.api.service;

/**
 * Requests of one status and type, counted by age. The age of an open request is the time since it was received;
 * of a resolved or closed one, the time it took from receipt to its (last) resolution.
 *
 * @param status where the requests stand
 * @param type their type code
 * @param requests how many
 * @param underOneDay aged under 24 hours
 * @param oneToThreeDays 24 hours up to 3 days
 * @param threeToSevenDays 3 days up to 7 days
 * @param overSevenDays 7 days or more
 * @param oldestHours the age of the oldest, in whole hours
 * @since 0.4
 */
public record BacklogRow(RequestStatus status, String type, long requests, long underOneDay, long oneToThreeDays,
        long threeToSevenDays, long overSevenDays, long oldestHours) {
}
