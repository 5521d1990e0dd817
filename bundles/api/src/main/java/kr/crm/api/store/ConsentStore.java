package kr.crm.api.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import kr.crm.api.consent.ConsentRecord;
import kr.crm.api.consent.OptOut;
import org.osgi.annotation.versioning.ProviderType;

/** Consent records and opt-outs (tables consent_record, opt_out). Rows are only added, never moved or deleted. @since 2.7 */
@ProviderType
public interface ConsentStore {

    /** Stores a consent (its id is ignored) and returns it as stored. */
    ConsentRecord insert(ConsentRecord consent);

    /** Stores an opt-out (its id is ignored) and returns it as stored. */
    OptOut insert(OptOut optOut);

    /** Consents of any of {@code subjectKeys}, oldest first (by occurredAt, then id). */
    List<ConsentRecord> consentsOf(Collection<String> subjectKeys);

    /** Opt-outs on any of {@code customerKeys} or any of {@code addressKeys}, oldest first. */
    List<OptOut> optOutsOf(Collection<String> customerKeys, Collection<String> addressKeys);

    void consentNoticed(long id, Instant at);

    void optOutNoticed(long id, Instant at);

    /**
     * Granted advertising and night-advertising consents that are still the newest record of their subject,
     * channel and purpose, whose re-confirmation is due by {@code dueBy}; oldest due first.
     */
    List<ConsentRecord> reconfirmationDue(Instant dueBy, int limit);

    /** Records that a re-confirmation notice went out at {@code at}; the next is due at {@code nextDue}. */
    void reconfirmed(long id, Instant at, Instant nextDue);
}
