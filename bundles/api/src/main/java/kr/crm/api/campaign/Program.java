package kr.crm.api.campaign;

import java.time.Instant;
import kr.crm.api.consent.Channel;

/**
 * A triggered program: a customer moment, a channel and an advertising template version. Its messages go through
 * its standing campaign ({@code campaignId}): one outbox row per customer or contact person and occasion, sent,
 * checked and logged like every campaign message.
 *
 * @param id id
 * @param kind the customer moment
 * @param channel EMAIL or SMS (the template's)
 * @param templateName the template
 * @param templateVersion the version every message uses
 * @param enabled false: no moment is looked for and nothing is sent
 * @param campaignId the standing campaign whose outbox holds the program's messages
 * @param checkedThrough the grade history is read after this instant on the next run (welcome programs)
 * @param version optimistic version, +1 per change
 * @param createdBy who created it
 * @param createdAt when
 * @param updatedBy who changed it last
 * @param updatedAt when
 * @since 0.3
 */
public record Program(long id, ProgramKind kind, Channel channel, String templateName, int templateVersion,
        boolean enabled, long campaignId, Instant checkedThrough, long version, String createdBy, Instant createdAt,
        String updatedBy, Instant updatedAt) {
}
