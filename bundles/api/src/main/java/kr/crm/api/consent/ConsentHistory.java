package kr.crm.api.consent;

import java.util.List;

/**
 * Everything recorded about a person's consent, oldest first: the person's own key and the keys merged into it.
 *
 * @param subjectKey the key asked for (a merged key is answered for its survivor)
 * @param keys the keys whose records are included
 * @param consents consents and refusals
 * @param optOuts opt-outs by key or by one of the person's addresses
 */
public record ConsentHistory(String subjectKey, List<String> keys, List<ConsentRecord> consents,
        List<OptOut> optOuts) {
}
