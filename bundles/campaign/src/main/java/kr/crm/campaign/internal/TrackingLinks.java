package kr.crm.campaign.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import kr.crm.api.campaign.CampaignEvents;
import kr.crm.api.campaign.CampaignTracking;
import kr.crm.api.common.ValidationException;
import kr.crm.api.store.CampaignStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Open pixels and click redirects of campaign e-mails. Tokens are the unsubscribe tokens' HMAC-SHA256 under a key
 * derived from the same secret for tracking only ({@code secret + "|tracking"}), so neither kind of token passes
 * for the other: {@code recipientRow \n "open"} or {@code recipientRow \n url}. A click only redirects to the URL
 * signed into its token, so the endpoint is no open redirect.
 */
@Component(service = {CampaignTracking.class, TrackingLinks.class}, configurationPid = DefaultUnsubscribe.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class TrackingLinks implements CampaignTracking {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String OPEN = "open";

    private final UnsubscribeTokens tokens;
    private final String base;
    private final CampaignStore store;
    private final Clock clock = Clock.systemUTC();
    private volatile EventAdmin events;

    @Activate
    public TrackingLinks(@Reference CampaignStore store, UnsubscribeConfig config) {
        this.tokens = new UnsubscribeTokens(config.secret() + "|tracking");
        String url = config.publicBaseUrl().strip();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.store = store;
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

    /** Tells the analytics (interest signals) whose open or click was just recorded. */
    private void announce(long recipientId) {
        EventAdmin e = events;
        if (e != null) {
            store.recipient(recipientId).ifPresent(r -> e.postEvent(new Event(CampaignEvents.TOPIC_TRACKED,
                    Map.of(CampaignEvents.CUSTOMER_KEYS, new String[] {r.customerKey()}))));
        }
    }

    String openPixel(long recipientId) {
        return base + "/api/v1/track/open?t=" + tokens.sign(Long.toString(recipientId), OPEN);
    }

    String click(long recipientId, String url) {
        return base + "/api/v1/track/click?t=" + tokens.sign(Long.toString(recipientId), url);
    }

    /**
     * The HTML alternative of a plain-text message: the text escaped, its links (but the unsubscribe link) through
     * the click redirect, and the open pixel at the end.
     */
    String html(long recipientId, String text, String unsubscribeLink) {
        StringBuilder out = new StringBuilder("<!doctype html><html><body><div style=\"white-space:pre-wrap\">");
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            String url = m.group();
            String href = url.equals(unsubscribeLink) ? url : click(recipientId, url);
            out.append("<a href=\"").append(escape(href)).append("\">").append(escape(url)).append("</a>");
            at = m.end();
        }
        out.append(escape(text.substring(at))).append("</div><img src=\"").append(escape(openPixel(recipientId)))
                .append("\" width=\"1\" height=\"1\" alt=\"\"></body></html>");
        return out.toString();
    }

    @Override
    public void opened(String token) {
        UnsubscribeTokens.Recipient r = tokens.verify(token);
        if (!OPEN.equals(r.address())) {
            throw new ValidationException("t", "is no open-tracking token");
        }
        long row = row(r);
        store.event(row, "OPEN", null, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        announce(row);
    }

    @Override
    public String clicked(String token) {
        UnsubscribeTokens.Recipient r = tokens.verify(token);
        if (!URL.matcher(r.address()).matches()) {
            throw new ValidationException("t", "is no click-tracking token");
        }
        long row = row(r);
        store.event(row, "CLICK", r.address().length() > 1000 ? r.address().substring(0, 1000) : r.address(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        announce(row);
        return r.address();
    }

    private static long row(UnsubscribeTokens.Recipient r) {
        try {
            return Long.parseLong(r.customerKey());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ValidationException("t", "is no tracking token");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
