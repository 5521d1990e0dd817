package kr.crm.api.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the CRM holds about one person, by area: {@code customers}, {@code contactPersons}, {@code orders},
 * {@code orderLines}, {@code contactLogs}, {@code tasks}, {@code consents}, {@code optOuts}, {@code sentMail},
 * {@code serviceRequests}, {@code segments}, {@code identityIndex}, {@code syncedCards}, {@code grades}. Each area is
 * a list of rows of column name to value; an area with nothing held is an empty list.
 *
 * @param customerKey the person asked about
 * @param keys every key the person's data is held under (merged-away customers, the account's contact persons)
 * @param gatheredAt when
 * @param areas the rows by area
 */
public record SubjectData(String customerKey, List<String> keys, Instant gatheredAt,
        Map<String, List<Map<String, Object>>> areas) {
}
