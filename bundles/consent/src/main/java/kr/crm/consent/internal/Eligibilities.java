package kr.crm.consent.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentPurpose;
import kr.crm.api.consent.ConsentRecord;
import kr.crm.api.consent.Eligibility;
import kr.crm.api.consent.LawfulBasis;
import kr.crm.api.consent.OptOut;

/**
 * The send rule, in this order: an opt-out (not lifted by a consent given after it) stops everything; a standing
 * refusal stops everything; a standing advertising consent whose notices are not overdue is the basis; else the
 * transaction exception; then the night hold for SMS, push and fax without a standing night consent.
 */
final class Eligibilities {
    private final TransactionException transactions;

    Eligibilities(TransactionException transactions) {
        this.transactions = transactions;
    }

    Eligibility decide(Subject s, Channel channel, List<ConsentRecord> consents, List<OptOut> optOuts,
            String goodsKind, Instant at) {
        Optional<ConsentRecord> ad = standing(consents, channel, ConsentPurpose.ADVERTISING, at);
        Optional<OptOut> lastOptOut = optOuts.stream().filter(o -> !o.at().isAfter(at))
                .max(Comparator.comparing(OptOut::at));
        if (lastOptOut.isPresent()
                && ad.filter(c -> c.granted() && c.occurredAt().isAfter(lastOptOut.get().at())).isEmpty()) {
            return Eligibility.refused("opted out (수신거부) on " + lastOptOut.get().at());
        }
        if (ad.isPresent() && !ad.get().granted()) {
            return Eligibility.refused("refused advertising on " + channel + " on " + ad.get().occurredAt());
        }
        String why;
        LawfulBasis basis;
        Long consentId = null;
        String overdue = ad.map(c -> overdue(c, at)).orElse(null);
        if (ad.isPresent() && overdue == null) {
            basis = LawfulBasis.CONSENT;
            consentId = ad.get().id();
            why = "consent " + consentId;
        } else {
            Optional<String> order = transactions.basis(s, goodsKind, at);
            if (order.isEmpty()) {
                return Eligibility.refused(overdue != null ? overdue
                        : "no advertising consent for " + channel + " and no order of the same kind of goods within 6 months");
            }
            basis = LawfulBasis.TRANSACTION;
            why = order.get();
        }
        if (NightHold.applies(channel, at)) {
            Optional<ConsentRecord> night = standing(consents, channel, ConsentPurpose.NIGHT_ADVERTISING, at)
                    .filter(c -> c.granted() && overdue(c, at) == null);
            if (night.isEmpty()) {
                return new Eligibility(false, basis, consentId, "night hold (21:00-08:00): no night consent; " + why,
                        NightHold.until(at));
            }
        }
        return new Eligibility(true, basis, consentId, why, null);
    }

    /** The newest record of the channel and purpose given by {@code at}. */
    static Optional<ConsentRecord> standing(List<ConsentRecord> consents, Channel channel, ConsentPurpose purpose,
            Instant at) {
        return consents.stream().filter(c -> c.channel() == channel && c.purpose() == purpose)
                .filter(c -> !c.occurredAt().isAfter(at))
                .max(Comparator.comparing(ConsentRecord::occurredAt).thenComparing(ConsentRecord::id));
    }

    /** Why a granted consent may not be used at {@code at}, or null if it may. */
    static String overdue(ConsentRecord c, Instant at) {
        if (!c.noticeInTime(at)) {
            return "consent " + c.id() + ": its confirmation notice is overdue (due " + c.noticeDueAt() + ")";
        }
        if (c.reconfirmDueAt() != null && !at.isBefore(c.reconfirmDueAt())) {
            return "consent " + c.id() + ": its 2-year re-confirmation is overdue (due " + c.reconfirmDueAt() + ")";
        }
        return null;
    }
}
