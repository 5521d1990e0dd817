package kr.crm.campaign.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import kr.crm.api.campaign.Program;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentService;
import kr.crm.api.consent.Eligibility;
import kr.crm.api.store.ProgramStore;
import kr.crm.api.store.ProgramStore.Candidate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Puts one moment's message into its program's outbox: the address on the program's channel, the consent
 * service's answer now (no row for an opt-out or no lawful basis, like a campaign's freeze; the night hold is the
 * sender's), then the row, unique per (standing campaign, key, occasion), and a wake-up for the sender.
 */
final class MomentQueue {

    /** What became of a moment. */
    enum Outcome { QUEUED, ALREADY, NOT_ELIGIBLE }

    private final ProgramStore store;
    private final ConsentService consents;

    MomentQueue(ProgramStore store, ConsentService consents) {
        this.store = store;
        this.consents = consents;
    }

    Outcome queue(Program p, Candidate c, String occasion, Instant now, EventAdmin events) {
        String address = p.channel() == Channel.EMAIL ? blankToNull(c.email()) : blankToNull(c.phone());
        if (address == null) {
            return Outcome.NOT_ELIGIBLE;
        }
        Eligibility e;
        try {
            e = consents.eligibility(c.key(), p.channel(), address, null, now);
        } catch (NotFoundException | ValidationException gone) {
            return Outcome.NOT_ELIGIBLE;
        }
        if (e.basis() == null || !e.sendable() && e.holdUntil() == null) {
            return Outcome.NOT_ELIGIBLE;
        }
        int at = address.lastIndexOf('@');
        String domain = p.channel() == Channel.EMAIL ? address.substring(at + 1).toLowerCase(Locale.ROOT) : "sms";
        if (!store.addMoment(new ProgramStore.Moment(p.campaignId(), c.key(), occasion, address, domain, c.name(),
                e.basis().name(), e.consentId()))) {
            return Outcome.ALREADY;
        }
        if (events != null) {
            events.postEvent(new Event(DefaultCampaignService.LAUNCHED, Map.of("campaign", p.campaignId())));
        }
        return Outcome.QUEUED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
