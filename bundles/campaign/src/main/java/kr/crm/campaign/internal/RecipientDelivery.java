package kr.crm.campaign.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.CampaignRecipient;
import kr.crm.api.campaign.RecipientState;
import kr.crm.api.campaign.RenderedMessage;
import kr.crm.api.campaign.SendLogEntry;
import kr.crm.api.campaign.SmsDeliveryException;
import kr.crm.api.campaign.SmsGateway;
import kr.crm.api.campaign.TemplateService;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentService;
import kr.crm.api.consent.Eligibility;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.mail.MailDeliveryException;
import kr.crm.api.mail.MailPurpose;
import kr.crm.api.mail.MailSender;
import kr.crm.api.mail.OutgoingMail;
import kr.crm.api.store.CampaignStore;
import kr.crm.api.store.CampaignStore.Due;

/**
 * One outbox row: claim it (PENDING to SENDING), ask the consent service again now (an opt-out since launch skips
 * it, the night hold puts it back until 08:00), render, hand it over, and record the outcome with its send log
 * entry. A row is claimed before and recorded after the hand-over, so a sender killed in between leaves it SENDING
 * and the next pass sends it again with the same Message-ID (decision 173). An e-mail carries the signed
 * {@value BounceRefs#HEADER} reference of its row (decision 245); an address suppressed by a hard bounce is skipped.
 */
final class RecipientDelivery {
    private final CampaignStore store;
    private final ConsentService consents;
    private final TemplateService templates;
    private final TrackingLinks tracking;
    private final Supplier<Clock> clock;
    private final SenderConfig config;
    private final BounceRefs refs;
    private final IdentityNormalizer normalizer;

    RecipientDelivery(CampaignStore store, ConsentService consents, TemplateService templates, TrackingLinks tracking,
            Supplier<Clock> clock, SenderConfig config, BounceRefs refs, IdentityNormalizer normalizer) {
        this.refs = refs;
        this.normalizer = normalizer;
        this.store = store;
        this.consents = consents;
        this.templates = templates;
        this.tracking = tracking;
        this.clock = clock;
        this.config = config;
    }

    /** What a row came to, for the pass's counts. */
    enum Outcome { NOT_CLAIMED, SENT, FAILED, SKIPPED, HELD }

    Outcome deliver(Campaign c, Due due, MailSender mail, SmsGateway sms) {
        CampaignRecipient r = due.recipient();
        if (!store.claim(r.id(), now())) {
            return Outcome.NOT_CLAIMED;
        }
        Instant now = now();
        Eligibility e;
        try {
            e = consents.eligibility(r.customerKey(), c.channel(), r.address(), c.goodsKind(), now);
        } catch (NotFoundException | ValidationException gone) {
            e = Eligibility.refused("the customer or its address is gone: " + gone.getMessage());
        }
        if (e.sendable() && c.channel() == Channel.EMAIL && store.suppressed(normalizer.email(r.address()).canonical())) {
            e = Eligibility.refused("the address hard-bounced before (a delivery status notification 5.x.x); "
                    + "suppressed until the customer's address changes");
        }
        if (!e.sendable() && e.holdUntil() != null) {
            store.hold(r.id(), e.holdUntil(), "night hold until " + e.holdUntil(), false);
            return Outcome.HELD;
        }
        if (!e.sendable()) {
            store.finish(r.id(), RecipientState.SKIPPED, e.reason(), false, false,
                    log(c, r, RecipientState.SKIPPED, null, e.reason(), null, now));
            return Outcome.SKIPPED;
        }
        String messageId = "campaign-" + c.id() + "-" + r.id();
        try {
            RenderedMessage m = templates.render(c.templateName(), c.templateVersion(), r.customerKey(), r.address(),
                    due.recipientName());
            String sentId = c.channel() == Channel.EMAIL ? email(c, r, m, mail, messageId) : sms(r, m, sms, messageId);
            store.finish(r.id(), RecipientState.SENT, null, false, true,
                    log(c, r, RecipientState.SENT, e, e.reason(), sentId, now()));
            return Outcome.SENT;
        } catch (MailDeliveryException x) {
            return refused(c, r, e, x.getMessage(), x.permanent());
        } catch (SmsDeliveryException x) {
            return refused(c, r, e, x.getMessage(), x.permanent());
        } catch (ValidationException x) {
            String why = "not sendable: " + x.field() + " " + x.getMessage();
            store.finish(r.id(), RecipientState.FAILED, why, false, false,
                    log(c, r, RecipientState.FAILED, e, why, null, now()));
            return Outcome.FAILED;
        } catch (NoChannel x) {
            store.hold(r.id(), now().plusSeconds(config.retrySeconds()), x.getMessage(), false);
            return Outcome.HELD;
        }
    }

    private Outcome refused(Campaign c, CampaignRecipient r, Eligibility e, String answer, boolean permanent) {
        if (permanent || r.attempts() + 1 >= config.maxAttempts()) {
            store.finish(r.id(), RecipientState.FAILED, answer, permanent, true,
                    log(c, r, RecipientState.FAILED, e, answer, null, now()));
            return Outcome.FAILED;
        }
        store.hold(r.id(), now().plusSeconds(config.retrySeconds()), answer, true);
        return Outcome.HELD;
    }

    private String email(Campaign c, CampaignRecipient r, RenderedMessage m, MailSender mail, String messageId)
            throws MailDeliveryException {
        if (mail == null) {
            throw new NoChannel("no SMTP relay configured");
        }
        String link = m.headers().get("List-Unsubscribe");
        String unsubscribe = link == null ? null : link.substring(1, link.length() - 1);
        boolean resend = r.round() > 0 && c.resend() != null;
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(m.headers());
        headers.put(BounceRefs.HEADER, refs.sign(r.id()));
        return mail.send(new OutgoingMail(messageId, MailPurpose.ADVERTISING, r.customerKey(), r.address(), null,
                resend ? c.resend().senderName() : null,
                resend ? TemplateRenderer.MARK + " " + c.resend().subject() : m.subject(), m.text(),
                tracking.html(r.id(), m.text(), unsubscribe), headers, "campaign." + c.id()), messageId);
    }

    private static String sms(CampaignRecipient r, RenderedMessage m, SmsGateway sms, String messageId)
            throws SmsDeliveryException {
        if (sms == null) {
            throw new NoChannel("no SMS gateway configured");
        }
        return sms.send(r.address(), m.text(), messageId);
    }

    private SendLogEntry log(Campaign c, CampaignRecipient r, RecipientState outcome, Eligibility e, String detail,
            String messageId, Instant at) {
        return new SendLogEntry(0, c.id(), r.id(), r.customerKey(), c.channel(), c.templateName(), c.templateVersion(),
                outcome, e == null ? null : e.basis(), e == null ? null : e.consentId(), cut(detail), messageId, at);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

    private Instant now() {
        return clock.get().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The channel has no sender configured now: the row waits. */
    static final class NoChannel extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoChannel(String message) {
            super(message, null, false, false);
        }
    }
}
