package kr.crm.api.identity;

import org.osgi.annotation.versioning.ProviderType;

/** Periodic compaction (정기압축) of the customer master; it also runs on its own schedule. */
@ProviderType
public interface Compactor {

    /** One full scan now, on this node, whether or not another node holds the schedule's lease. */
    CompactionResult run();
}
