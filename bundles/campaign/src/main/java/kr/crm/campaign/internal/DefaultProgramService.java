package kr.crm.campaign.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.CampaignState;
import kr.crm.api.campaign.MessageTemplate;
import kr.crm.api.campaign.Program;
import kr.crm.api.campaign.ProgramDraft;
import kr.crm.api.campaign.ProgramRun;
import kr.crm.api.campaign.ProgramService;
import kr.crm.api.campaign.TemplateService;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.ProgramStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates and changes triggered programs. Each gets a standing campaign (no segment, never DONE) whose outbox the
 * {@link ProgramDetector} fills as moments occur and the campaign sender sends (decision 235). A program is
 * watched from its creation: grade entries before it get no welcome (decision 238).
 */
@Component(service = ProgramService.class)
public final class DefaultProgramService implements ProgramService {
    private final ProgramStore store;
    private final TemplateService templates;
    private final ProgramDetector detector;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultProgramService(@Reference ProgramStore store, @Reference TemplateService templates,
            @Reference ProgramDetector detector) {
        this.store = store;
        this.templates = templates;
        this.detector = detector;
    }

    @Override
    public List<Program> list() {
        return store.list();
    }

    @Override
    public Program get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("program " + id));
    }

    @Override
    public Program create(ProgramDraft d, CrmUser by) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        if (d.kind() == null) {
            throw new ValidationException("kind", "is required: TOP_GRADE_WELCOME, BIRTHDAY or FOUNDING_DAY");
        }
        Channel channel = ProgramDrafts.channel(d.channel());
        MessageTemplate t = ProgramDrafts.template(templates, d, channel);
        boolean enabled = d.enabled() == null || d.enabled();
        Instant now = now();
        Campaign standing = new Campaign(0, "프로그램: " + d.kind() + " " + channel + " (" + t.name() + ")", 0,
                t.name(), t.version(), channel, null, null, enabled ? CampaignState.RUNNING : CampaignState.PAUSED,
                null, null, by.username(), now, null, null, null, null, null);
        return store.insert(new Program(0, d.kind(), channel, t.name(), t.version(), enabled, 0, detector.now(), 1,
                by.username(), now, by.username(), now), standing);
    }

    @Override
    public Program update(long id, ProgramDraft d, CrmUser by) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        Program p = get(id);
        if (d.version() == null) {
            throw new ValidationException("version", "is required: the version read");
        }
        if (d.kind() != null && d.kind() != p.kind()) {
            throw new ValidationException("kind", "cannot change; create another program");
        }
        Channel channel = ProgramDrafts.channel(d.channel());
        MessageTemplate t = ProgramDrafts.template(templates, d, channel);
        boolean enabled = d.enabled() == null ? p.enabled() : d.enabled();
        return save(p, channel, t.name(), t.version(), enabled, d.version(), by);
    }

    @Override
    public Program setEnabled(long id, boolean enabled, CrmUser by) {
        Program p = get(id);
        return save(p, p.channel(), p.templateName(), p.templateVersion(), enabled, p.version(), by);
    }

    @Override
    public ProgramRun run() {
        return detector.run();
    }

    /** Re-enabling starts watching the grade history again from now: moments while it was off are not sent. */
    private Program save(Program p, Channel channel, String template, int version, boolean enabled, long expected,
            CrmUser by) {
        Instant now = now();
        Instant through = enabled && !p.enabled() ? detector.now() : p.checkedThrough();
        Program changed = new Program(p.id(), p.kind(), channel, template, version, enabled, p.campaignId(), through,
                p.version(), p.createdBy(), p.createdAt(), by.username(), now);
        return store.update(changed, expected, now).orElseThrow(() -> new ValidationException("version",
                "is " + expected + " but the program is at " + get(p.id()).version() + "; read it again"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
