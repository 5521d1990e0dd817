package kr.crm.api.consent;

import java.time.Instant;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.CrmUser;
import org.osgi.annotation.versioning.ProviderType;

/** Records consents and opt-outs as evidence and decides who may receive advertising. */
@ProviderType
public interface ConsentService {

    /**
     * Stores a consent or a refusal and queues its confirmation notice to the person.
     *
     * @throws ValidationException naming the field that is missing or wrong
     * @throws NotFoundException if the subject key is no customer or contact person
     */
    ConsentRecord record(ConsentDraft draft, CrmUser by);

    /** Stores an opt-out and queues its confirmation notice. @throws ValidationException naming the field */
    OptOut optOut(OptOutDraft draft, CrmUser by);

    /** The consent history of a customer or contact person, with the keys merged into it. */
    ConsentHistory historyOf(String subjectKey);

    /**
     * Whether an advertising message may go to {@code customerKey} at {@code address} over {@code channel} at
     * {@code at}: no opt-out by key or address, then a standing advertising consent whose notices are not overdue,
     * else the transaction exception for {@code goodsKind}; on SMS, push and fax between 21:00 and 08:00 a
     * standing night consent as well.
     *
     * @param goodsKind the kind of goods the message advertises (an order line category), or null
     */
    Eligibility eligibility(String customerKey, Channel channel, String address, String goodsKind, Instant at);
}
