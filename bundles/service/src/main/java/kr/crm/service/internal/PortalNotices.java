package kr.crm.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kr.crm.api.mail.MailOutbox;
import kr.crm.api.mail.OutgoingMail;
import kr.crm.api.service.RequestChange;
import kr.crm.api.service.Requester;
import kr.crm.api.service.ServiceEvents;
import kr.crm.api.store.ServiceRequestStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mails the customer of a portal request, as transactional notices through the mail outbox: the receipt with the
 * follow link, each status change, each staff reply, and at resolution the invitation to the survey — each with a
 * fresh follow link. One message per change of the request's history (dedupe key
 * {@code service:<id>:<position in the history>}), however often the events arrive. Changes older than ten
 * minutes are not mailed (a request made before notices existed gets no backlog).
 */
@Component(service = EventHandler.class, configurationPid = "kr.crm.service.portal",
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {EventConstants.EVENT_TOPIC + "=" + ServiceEvents.TOPIC_CHANGED,
            EventConstants.EVENT_TOPIC + "=" + ServiceEvents.TOPIC_REPLIED})
public final class PortalNotices implements EventHandler {
    static final String CATEGORY = "service.portal";
    private static final Logger LOG = LoggerFactory.getLogger(PortalNotices.class);
    private static final Duration RECENT = Duration.ofMinutes(10);

    private final ServiceRequestStore requests;
    private final MailOutbox outbox;
    private final LinkTokens tokens;
    private final PortalConfig config;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-portal-notices"));

    @Activate
    public PortalNotices(@Reference ServiceRequestStore requests, @Reference MailOutbox outbox, PortalConfig config) {
        this.requests = requests;
        this.outbox = outbox;
        this.tokens = new LinkTokens(config.tokenSecret(), clock);
        this.config = config;
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(ServiceEvents.REQUEST_ID) instanceof String id) {
            worker.execute(() -> {
                try {
                    notify(Long.parseLong(id));
                } catch (RuntimeException e) {
                    LOG.warn("portal notice not stored: {}", e.getClass().getName());
                }
            });
        }
    }

    void notify(long id) {
        Optional<Requester> requester = requests.requester(id).filter(r -> r.email() != null && !r.email().isBlank());
        if (requester.isEmpty()) {
            return; // not a portal request, or no address to write to
        }
        List<RequestChange> history = requests.history(id);
        Instant since = clock.instant().minus(RECENT);
        for (int i = 0; i < history.size(); i++) {
            RequestChange c = history.get(i);
            if (c.at().isAfter(since)) {
                int position = i;
                PortalNoticeText.of(c, Long.toString(id), requester.get().name(), link(id))
                        .ifPresent(text -> outbox.enqueue(OutgoingMail.transactional("service:" + id + ":" + position,
                                null, requester.get().email(), requester.get().name(), text.subject(), text.body(),
                                CATEGORY)));
            }
        }
    }

    private String link(long id) {
        String token = tokens.issue(id, clock.instant().plus(Duration.ofDays(config.linkDays())));
        String base = config.publicBaseUrl().endsWith("/") ? config.publicBaseUrl().substring(0,
                config.publicBaseUrl().length() - 1) : config.publicBaseUrl();
        return base + "/portal/request.html?t=" + token;
    }
}
