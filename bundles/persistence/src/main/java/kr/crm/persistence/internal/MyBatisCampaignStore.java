package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.campaign.BounceKind;
import kr.crm.api.campaign.BounceReport;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.CampaignCounts;
import kr.crm.api.campaign.CampaignDraft;
import kr.crm.api.campaign.CampaignRecipient;
import kr.crm.api.campaign.CampaignState;
import kr.crm.api.campaign.RecipientState;
import kr.crm.api.campaign.SendLogEntry;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.LawfulBasis;
import kr.crm.api.store.CampaignStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Campaigns, their outbox, send log and tracking events over CampaignMapper.xml. */
@Component(service = CampaignStore.class)
public final class MyBatisCampaignStore implements CampaignStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisCampaignStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Campaign insert(Campaign campaign) {
        return sessions.inTransaction(s -> {
            CampaignMapper m = s.getMapper(CampaignMapper.class);
            ConsentMapper.GeneratedId row = new ConsentMapper.GeneratedId();
            m.insert(campaign, row);
            return campaign(m.find(row.id));
        });
    }

    @Override
    public Optional<Campaign> find(long id) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(CampaignMapper.class).find(id)))
                .map(MyBatisCampaignStore::campaign);
    }

    @Override
    public List<Campaign> list(int limit) {
        return sessions.read(s -> s.getMapper(CampaignMapper.class).list(limit)).stream()
                .map(MyBatisCampaignStore::campaign).toList();
    }

    @Override
    public Optional<Frozen> launch(Freeze freeze) {
        return sessions.inTransaction(s -> {
            CampaignMapper m = s.getMapper(CampaignMapper.class);
            if (m.markLaunched(freeze) != 1) {
                return Optional.empty();
            }
            int size = m.segmentSize(freeze.segmentId());
            int frozen = m.freeze(freeze);
            m.setFrozen(freeze.campaignId(), size, frozen);
            return Optional.of(new Frozen(size, frozen));
        });
    }

    @Override
    public boolean changeState(long id, CampaignState from, CampaignState to, Instant at) {
        return sessions.inTransaction(s -> s.getMapper(CampaignMapper.class).changeState(id, from.name(), to.name(),
                at)) == 1;
    }

    @Override
    public List<Long> runnable(Instant now) {
        return sessions.read(s -> s.getMapper(CampaignMapper.class).runnable(now));
    }

    @Override
    public List<Long> resendDue(Instant now) {
        return sessions.read(s -> s.getMapper(CampaignMapper.class).resendDue(now));
    }

    @Override
    public Optional<Integer> startResend(long campaignId, Instant now) {
        return sessions.inTransaction(s -> {
            CampaignMapper m = s.getMapper(CampaignMapper.class);
            if (m.markResend(campaignId, now) != 1) {
                return Optional.empty();
            }
            int n = m.freezeResend(campaignId);
            m.setResent(campaignId, n);
            return Optional.of(n);
        });
    }

    @Override
    public int releaseStale(long campaignId) {
        return sessions.inTransaction(s -> s.getMapper(CampaignMapper.class).releaseStale(campaignId));
    }

    @Override
    public List<Due> due(long campaignId, Instant now, int limit) {
        return sessions.read(s -> s.getMapper(CampaignMapper.class).due(campaignId, now, limit)).stream()
                .map(r -> new Due(recipient(r), (String) r.get("recipientName"))).toList();
    }

    @Override
    public boolean claim(long recipientId, Instant at) {
        return sessions.inTransaction(s -> s.getMapper(CampaignMapper.class).claim(recipientId, at)) == 1;
    }

    @Override
    public void finish(long recipientId, RecipientState state, String error, boolean bounced, boolean attempted,
            SendLogEntry log) {
        sessions.inTransaction(s -> {
            CampaignMapper m = s.getMapper(CampaignMapper.class);
            if (m.finish(recipientId, state.name(), error, bounced, attempted ? 1 : 0, log.at()) == 1) {
                m.log(log);
            }
            return null;
        });
    }

    @Override
    public void hold(long recipientId, Instant notBefore, String reason, boolean attempted) {
        sessions.inTransaction(s -> s.getMapper(CampaignMapper.class).hold(recipientId, notBefore, reason,
                attempted ? 1 : 0));
    }

    @Override
    public boolean finishIfDone(long campaignId, Instant at) {
        return sessions.inTransaction(s -> s.getMapper(CampaignMapper.class).finishIfDone(campaignId, at)) == 1;
    }

    @Override
    public CampaignCounts counts(long campaignId, Instant now) {
        Map<String, Object> r = sessions.read(s -> s.getMapper(CampaignMapper.class).counts(campaignId, now));
        return new CampaignCounts(campaignId, n(r, "frozen"), n(r, "pending"), n(r, "held"), n(r, "sending"),
                n(r, "sent"), n(r, "failed"), n(r, "skipped"), n(r, "bounced"), n(r, "opened"), n(r, "clicked"),
                n(r, "resent"));
    }

    @Override
    public Page<CampaignRecipient> recipients(long campaignId, PageRequest page) {
        return sessions.read(s -> {
            CampaignMapper m = s.getMapper(CampaignMapper.class);
            List<CampaignRecipient> items = m.recipients(campaignId, page.size(), (long) page.page() * page.size())
                    .stream().map(MyBatisCampaignStore::recipient).toList();
            return new Page<>(items, page.page(), page.size(), m.recipientCount(campaignId));
        });
    }

    @Override
    public Optional<CampaignRecipient> recipient(long recipientId) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(CampaignMapper.class).recipient(recipientId)))
                .map(MyBatisCampaignStore::recipient);
    }

    @Override
    public List<SendLogEntry> sendLog(long recipientId) {
        return sessions.read(s -> s.getMapper(CampaignMapper.class).sendLog(recipientId)).stream()
                .map(MyBatisCampaignStore::logEntry).toList();
    }

    @Override
    public void event(long recipientId, String kind, String url, Instant at) {
        sessions.inTransaction(s -> {
            CampaignMapper m = s.getMapper(CampaignMapper.class);
            if (m.event(recipientId, kind, url, at) == 1) {
                if ("OPEN".equals(kind)) {
                    m.countOpen(recipientId, at);
                } else {
                    m.countClick(recipientId, at);
                }
            }
            return null;
        });
    }

    @Override
    public boolean recordBounce(String reportKey, BounceReport b, String addressKey) {
        return sessions.inTransaction(s -> {
            CampaignMapper m = s.getMapper(CampaignMapper.class);
            if (m.insertBounce(reportKey, new CampaignMapper.BounceRow(b.campaignId(), b.recipientId(), b.kind().name(),
                    b.status(), b.action(), b.diagnostic(), b.reportedAt(), b.recordedAt())) != 1) {
                return false;
            }
            if (b.kind() == BounceKind.PERMANENT && b.recipientId() != null) {
                String error = "bounced " + b.status() + (b.diagnostic() == null ? "" : ": " + b.diagnostic());
                m.markBounced(b.recipientId(), b.status(), error.length() > 500 ? error.substring(0, 500) : error,
                        b.recordedAt());
                if (addressKey != null) {
                    m.suppress(b.recipientId(), addressKey, b.status(), b.recordedAt());
                }
            }
            return true;
        });
    }

    @Override
    public List<BounceReport> bounces(long campaignId, Long recipientId, int limit) {
        return sessions.read(s -> s.getMapper(CampaignMapper.class).bounces(campaignId, recipientId, limit)).stream()
                .map(r -> new BounceReport(GradeRows.number(r.get("id")), longOrNull(r.get("campaignId")),
                        longOrNull(r.get("recipientId")), BounceKind.valueOf((String) r.get("kind")),
                        (String) r.get("status"), (String) r.get("action"), (String) r.get("diagnostic"),
                        GradeRows.instant(r.get("reportedAt")), GradeRows.instant(r.get("recordedAt"))))
                .toList();
    }

    @Override
    public boolean suppressed(String addressKey) {
        return addressKey != null
                && sessions.read(s -> s.getMapper(CampaignMapper.class).suppressed(addressKey)) > 0;
    }

    private static long n(Map<String, Object> r, String k) {
        return r == null || r.get(k) == null ? 0 : GradeRows.number(r.get(k));
    }

    private static Integer intOrNull(Object v) {
        return v == null ? null : (int) GradeRows.number(v);
    }

    private static Long longOrNull(Object v) {
        return v == null ? null : GradeRows.number(v);
    }

    private static boolean bool(Object v) {
        return v instanceof Boolean b ? b : v != null && GradeRows.number(v) != 0;
    }

    static Campaign campaign(Map<String, Object> r) {
        return new Campaign(GradeRows.number(r.get("id")), (String) r.get("name"), GradeRows.number(r.get("segmentId")),
                (String) r.get("templateName"), (int) GradeRows.number(r.get("templateVersion")),
                Channel.valueOf((String) r.get("channel")), (String) r.get("goodsKind"),
                GradeRows.instant(r.get("startAt")), CampaignState.valueOf((String) r.get("state")),
                intOrNull(r.get("segmentSize")), intOrNull(r.get("frozen")), (String) r.get("createdBy"),
                GradeRows.instant(r.get("createdAt")), GradeRows.instant(r.get("launchedAt")),
                GradeRows.instant(r.get("finishedAt")), r.get("resendAfterMinutes") == null ? null
                        : new CampaignDraft.Resend((String) r.get("resendSubject"), (String) r.get("resendSenderName"),
                                intOrNull(r.get("resendAfterMinutes"))),
                GradeRows.instant(r.get("resendStartedAt")), intOrNull(r.get("resent")));
    }

    static CampaignRecipient recipient(Map<String, Object> r) {
        return new CampaignRecipient(GradeRows.number(r.get("id")), GradeRows.number(r.get("campaignId")),
                (int) GradeRows.number(r.get("round")), (String) r.get("customerKey"), (String) r.get("address"), LawfulBasis.valueOf((String) r.get("basis")),
                longOrNull(r.get("consentId")), RecipientState.valueOf((String) r.get("state")),
                GradeRows.instant(r.get("notBefore")), (int) GradeRows.number(r.get("attempts")),
                GradeRows.instant(r.get("doneAt")), (String) r.get("lastError"), bool(r.get("bounced")),
                (int) GradeRows.number(r.get("opens")), (int) GradeRows.number(r.get("clicks")),
                GradeRows.instant(r.get("firstOpenAt")), GradeRows.instant(r.get("lastClickAt")));
    }

    static SendLogEntry logEntry(Map<String, Object> r) {
        String basis = (String) r.get("basis");
        return new SendLogEntry(GradeRows.number(r.get("id")), GradeRows.number(r.get("campaignId")),
                GradeRows.number(r.get("recipientId")), (String) r.get("customerKey"),
                Channel.valueOf((String) r.get("channel")), (String) r.get("templateName"),
                (int) GradeRows.number(r.get("templateVersion")), RecipientState.valueOf((String) r.get("outcome")),
                basis == null ? null : LawfulBasis.valueOf(basis), longOrNull(r.get("consentId")),
                (String) r.get("basisDetail"), (String) r.get("messageId"), GradeRows.instant(r.get("at")));
    }
}
