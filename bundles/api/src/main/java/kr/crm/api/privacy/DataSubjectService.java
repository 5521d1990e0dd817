package kr.crm.api.privacy;

import java.util.List;
import kr.crm.api.security.CrmUser;
import org.osgi.annotation.versioning.ProviderType;

/** Data-subject requests: the case, gathering what is held, erasure and restriction. */
@ProviderType
public interface DataSubjectService {

    /**
     * Opens a case: a service request of type {@code DATA_SUBJECT} on the person's customer (and contact person).
     *
     * @throws kr.crm.api.common.ValidationException naming the field
     * @throws kr.crm.api.common.NotFoundException if the key is no customer or contact person
     */
    DataSubjectCase open(DataSubjectRequestDraft draft, String idempotencyKey, CrmUser by);

    /** @throws kr.crm.api.common.NotFoundException if there is no such case */
    DataSubjectCase find(String requestId);

    /** Cases, earliest legal due date first; only those not carried out yet if {@code pendingOnly}. */
    List<DataSubjectCase> list(boolean pendingOnly, int limit);

    /** Gathers everything held about the case's person, and notes when on the case. */
    SubjectData gather(String requestId, CrmUser by);

    /**
     * Carries out an erasure: a person without orders is deleted everywhere; one whose orders a tax law still keeps
     * is restricted now (advertising stopped, everything but the order identity deleted) and anonymised when the
     * period ends; one whose orders are past it is anonymised now. The destruction log names the case.
     */
    DataSubjectCase erase(String requestId, CrmUser by);

    /**
     * Carries out a restriction: an opt-out of every channel, recorded on the case; a contact person is also marked
     * restricted, named on no open task and passed by in task planning and birthday greetings.
     */
    DataSubjectCase restrict(String requestId, CrmUser by);

    /**
     * Lifts a carried-out restriction, once, when the person asks for processing to go on: the case keeps who lifted
     * it and when, the reason goes on it as an internal note, a contact person is no longer marked (unless another
     * restriction of the person is in force), and the opt-outs stay (advertising needs a new consent).
     *
     * @throws kr.crm.api.common.ValidationException naming {@code right}, {@code status} (not carried out, or lifted
     *     already) or {@code reason} (missing, or more than 500 characters)
     */
    DataSubjectCase liftRestriction(String requestId, String reason, CrmUser by);
}
