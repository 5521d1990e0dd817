package kr.crm.campaign.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import kr.crm.api.analytics.SegmentService;
import kr.crm.api.campaign.BounceReport;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.CampaignCounts;
import kr.crm.api.campaign.CampaignDraft;
import kr.crm.api.campaign.CampaignRecipient;
import kr.crm.api.campaign.CampaignService;
import kr.crm.api.campaign.CampaignState;
import kr.crm.api.campaign.MessageTemplate;
import kr.crm.api.campaign.SendLogEntry;
import kr.crm.api.campaign.TemplateService;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.CampaignStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Creates campaigns and moves them through their states. Launching freezes the recipients in one set-based statement
 * (decision 171) and posts {@code kr/crm/campaign/LAUNCHED}, which wakes the sender.
 */
@Component(service = CampaignService.class)
public final class DefaultCampaignService implements CampaignService {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final String LAUNCHED = "kr/crm/campaign/LAUNCHED";
    private static final int MAX_LIST = 500;

    private final CampaignStore store;
    private final SegmentService segments;
    private final TemplateService templates;
    private final Clock clock = Clock.systemUTC();
    private volatile EventAdmin events;

    @Activate
    public DefaultCampaignService(@Reference CampaignStore store, @Reference SegmentService segments,
            @Reference TemplateService templates) {
        this.store = store;
        this.segments = segments;
        this.templates = templates;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEvents(EventAdmin e) {
        events = e;
    }

    void unbindEvents(EventAdmin e) {
        if (events == e) {
            events = null;
        }
    }

    @Override
    public Campaign create(CampaignDraft d, CrmUser by) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        String name = CampaignDrafts.name(d.name());
        if (d.segmentId() == null) {
            throw new ValidationException("segmentId", "is required");
        }
        try {
            segments.get(d.segmentId());
        } catch (NotFoundException e) {
            throw new ValidationException("segmentId", "is no saved segment");
        }
        MessageTemplate t = AdvertisingTemplates.find(templates, d.templateName(), d.templateVersion(),
                "a campaign to a segment is advertising");
        Instant now = now();
        return store.insert(new Campaign(0, name, d.segmentId(), t.name(), t.version(), t.channel(),
                CampaignDrafts.goodsKind(d.goodsKind()), CampaignDrafts.startAt(d.startAt(), now), CampaignState.DRAFT,
                null, null, by.username(), now, null, null, CampaignDrafts.resend(d.resend(), t.channel()), null,
                null));
    }

    @Override
    public List<Campaign> list(int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIST);
        }
        return store.list(limit);
    }

    @Override
    public Campaign get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    @Override
    public Campaign launch(long id, CrmUser by) {
        Campaign c = get(id);
        Instant at = now();
        Instant sixMonthsAgo = at.atZone(SEOUL).minusMonths(6).toInstant();
        String kind = c.goodsKind() == null ? null : c.goodsKind().strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        if (store.launch(new CampaignStore.Freeze(id, c.segmentId(), c.channel().name(), kind, at, sixMonthsAgo,
                c.startAt(), by.username())).isEmpty()) {
            throw new ValidationException("state", "is " + get(id).state() + "; only a DRAFT campaign can be launched");
        }
        EventAdmin e = events;
        if (e != null) {
            e.postEvent(new Event(LAUNCHED, java.util.Map.of("campaign", id)));
        }
        return get(id);
    }

    @Override
    public Campaign pause(long id, CrmUser by) {
        return move(id, CampaignState.RUNNING, CampaignState.PAUSED);
    }

    @Override
    public Campaign resume(long id, CrmUser by) {
        Campaign c = move(id, CampaignState.PAUSED, CampaignState.RUNNING);
        EventAdmin e = events;
        if (e != null) {
            e.postEvent(new Event(LAUNCHED, java.util.Map.of("campaign", id)));
        }
        return c;
    }

    @Override
    public CampaignCounts counts(long id) {
        get(id);
        return store.counts(id, now());
    }

    @Override
    public Page<CampaignRecipient> recipients(long id, PageRequest page) {
        get(id);
        return store.recipients(id, page);
    }

    @Override
    public CampaignRecipient recipient(long campaignId, long recipientId) {
        return store.recipient(recipientId).filter(x -> x.campaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("recipient " + recipientId + " of campaign " + campaignId));
    }

    @Override
    public List<SendLogEntry> sendLog(long campaignId, long recipientId) {
        return store.sendLog(recipient(campaignId, recipientId).id());
    }

    @Override
    public List<BounceReport> bounces(long campaignId, long recipientId) {
        List<BounceReport> oldestFirst = new java.util.ArrayList<>(
                store.bounces(campaignId, recipient(campaignId, recipientId).id(), MAX_LIST));
        java.util.Collections.reverse(oldestFirst);
        return List.copyOf(oldestFirst);
    }

    @Override
    public List<BounceReport> bounces(long campaignId, int limit) {
        return store.bounces(get(campaignId).id(), null, Math.max(1, Math.min(limit, MAX_LIST)));
    }

    private Campaign move(long id, CampaignState from, CampaignState to) {
        Campaign c = get(id);
        if (!store.changeState(id, from, to, now())) {
            throw new ValidationException("state", "is " + get(id).state() + "; only a " + from + " campaign can be "
                    + (to == CampaignState.PAUSED ? "paused" : "resumed"));
        }
        return get(c.id());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
