package kr.crm.campaign.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kr.crm.api.analytics.SegmentMember;
import kr.crm.api.analytics.SegmentService;
import kr.crm.api.campaign.PostalList;
import kr.crm.api.campaign.PostalLists;
import kr.crm.api.campaign.PostalRecipient;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentService;
import kr.crm.api.consent.Eligibility;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.security.AccountScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Postal DM lists: each member of the segment is checked now for advertising by post (consent or the transaction
 * exception, no opt-out on the customer or on the address) and for a deliverable address; the rest are counted by
 * reason. Sorted by postal code, as the post sorts bulk mail.
 */
@Component(service = PostalLists.class)
public final class DefaultPostalLists implements PostalLists {
    static final String OPTED_OUT = "opted out";
    static final String NO_BASIS = "no lawful basis";
    static final String NO_ADDRESS = "no valid postal address";
    static final String GONE = "customer merged or deleted";
    static final int MAX_MEMBERS = 200_000;

    private final SegmentService segments;
    private final CustomerService customers;
    private final ConsentService consents;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultPostalLists(@Reference SegmentService segments, @Reference CustomerService customers,
            @Reference ConsentService consents) {
        this.segments = segments;
        this.customers = customers;
        this.consents = consents;
    }

    @Override
    public PostalList ofSegment(long segmentId, AccountScope scope) {
        List<PostalRecipient> recipients = new ArrayList<>();
        Map<String, Long> excluded = new TreeMap<>();
        int page = 0;
        int seen = 0;
        Page<SegmentMember> members;
        do {
            members = segments.members(segmentId, new PageRequest(page++, PageRequest.MAX_SIZE), scope);
            for (SegmentMember m : members.items()) {
                seen++;
                Outcome o = check(m.customerKey());
                if (o.recipient() != null) {
                    recipients.add(o.recipient());
                } else {
                    excluded.merge(o.leftOutBecause(), 1L, Long::sum);
                }
            }
        } while (!members.items().isEmpty() && seen < members.total() && seen < MAX_MEMBERS);
        recipients.sort(Comparator.comparing(PostalRecipient::postalCode).thenComparing(PostalRecipient::customerKey));
        return new PostalList(segmentId, recipients, excluded);
    }

    /** A member on the list, or why not. */
    private record Outcome(PostalRecipient recipient, String leftOutBecause) {
    }

    private Outcome check(String key) {
        Optional<Customer> found = customers.find(key);
        if (found.isEmpty()) {
            return new Outcome(null, GONE);
        }
        Customer c = found.get();
        if (!PostalAddresses.deliverable(c.postalCode(), c.address())) {
            return new Outcome(null, NO_ADDRESS);
        }
        Eligibility e = consents.eligibility(key, Channel.POST, c.address(), null, clock.instant());
        if (e.sendable()) {
            return new Outcome(recipient(c), null);
        }
        return new Outcome(null, e.reason() != null && e.reason().startsWith("opted out") ? OPTED_OUT : NO_BASIS);
    }

    private static PostalRecipient recipient(Customer c) {
        boolean company = c.kind() == CustomerKind.COMPANY;
        return new PostalRecipient(c.key(), c.name(), c.kind().name(), PostalAddresses.code(c.postalCode()),
                c.address().strip(), company ? "귀중" : "귀하");
    }
}
