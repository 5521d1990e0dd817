package kr.crm.api.consent;

import java.util.List;

/**
 * What one re-confirmation run did.
 *
 * @param ran false if another node held the lease
 * @param selected standing advertising consents whose re-confirmation was due
 * @param noticed ids of those whose notice was queued
 * @param withoutAddress ids of those that have no e-mail address to notify (they stay due; overdue means not sendable)
 */
public record ReconfirmationRun(boolean ran, int selected, List<Long> noticed, List<Long> withoutAddress) {
}
