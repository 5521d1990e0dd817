package kr.crm.api.privacy;

import java.util.List;
import kr.crm.api.security.CrmUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The retention rules and the purge that applies them: daily under a database lease, or on demand. Each customer is
 * deleted or anonymised in one transaction together with its destruction-log row, so an interrupted run leaves
 * nothing half done and the next run goes on where it stopped.
 */
@ProviderType
public interface PurgeService {

    /** The rules as configured, with their cut-off instants as of now. */
    List<RetentionRule> rules();

    /** Runs every rule now. @return what it did; {@code ran} is false if another node is purging */
    PurgeRun runNow(CrmUser by);

    /**
     * The destruction log, newest first.
     *
     * @param category only this category, or null for all
     * @param customerKey only rows about this key, or null
     * @param limit at most this many (1-1000)
     */
    List<DestructionEntry> destructionLog(RetentionCategory category, String customerKey, int limit);
}
