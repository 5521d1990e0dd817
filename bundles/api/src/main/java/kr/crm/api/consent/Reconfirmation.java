package kr.crm.api.consent;

import org.osgi.annotation.versioning.ProviderType;

/** The two-yearly re-confirmation of standing advertising consents (runs on a schedule, under a lease). */
@ProviderType
public interface Reconfirmation {

    /** Sends the re-confirmation notices due now (and within the configured lead time). */
    ReconfirmationRun runNow();
}
