package kr.crm.api.campaign;

import java.util.List;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.CrmUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Triggered programs: messages that go out on their own at a customer moment (entering the top grade, a birthday,
 * a founding day), through the campaign outbox, so each has the consent check at send time, the legal frame, the
 * throttle and the send log of a campaign message.
 *
 * @since 0.3
 */
@ProviderType
public interface ProgramService {

    /** Oldest first. */
    List<Program> list();

    /** @throws NotFoundException if there is none */
    Program get(long id);

    /** @throws ValidationException naming the field (kind, channel, templateName …) */
    Program create(ProgramDraft draft, CrmUser by);

    /**
     * Changes the channel, template or enabled flag; {@code draft.version()} must be the stored version.
     *
     * @throws ValidationException naming the field ({@code version} when someone changed it meanwhile)
     */
    Program update(long id, ProgramDraft draft, CrmUser by);

    /** Enables or disables; a disabled program looks for no moment and its queued messages wait. */
    Program setEnabled(long id, boolean enabled, CrmUser by);

    /**
     * The daily truth, now: under the lease {@code triggered-programs}, every enabled program's moments (grade
     * entries since its last run, today's anniversaries in Asia/Seoul) get their message unless they have it.
     */
    ProgramRun run();
}
