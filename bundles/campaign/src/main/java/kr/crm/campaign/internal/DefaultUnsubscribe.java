package kr.crm.campaign.internal;

import java.util.Set;
import kr.crm.api.campaign.Unsubscribe;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentMethod;
import kr.crm.api.consent.ConsentService;
import kr.crm.api.consent.OptOut;
import kr.crm.api.consent.OptOutDraft;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.security.CrmUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The public unsubscribe: a valid token records an e-mail opt-out on the customer key (if it still exists) and the
 * address, by the user {@code unsubscribe-link}.
 */
@Component(service = Unsubscribe.class, configurationPid = DefaultUnsubscribe.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = UnsubscribeConfig.class)
public final class DefaultUnsubscribe implements Unsubscribe {
    static final String PID = "kr.crm.campaign.unsubscribe";
    static final CrmUser LINK = new CrmUser("unsubscribe-link", "수신거부 링크", Set.of());

    private final UnsubscribeTokens tokens;
    private final String base;
    private final ConsentService consents;
    private final CustomerService customers;

    @Activate
    public DefaultUnsubscribe(@Reference ConsentService consents, @Reference CustomerService customers,
            UnsubscribeConfig config) {
        this.tokens = new UnsubscribeTokens(config.secret());
        String url = config.publicBaseUrl().strip();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.consents = consents;
        this.customers = customers;
    }

    @Override
    public String link(String customerKey, String address) {
        return base + "/api/v1/unsubscribe?t=" + tokens.sign(customerKey, address.strip());
    }

    @Override
    public OptOut unsubscribe(String token) {
        UnsubscribeTokens.Recipient r = tokens.verify(token);
        String key = r.customerKey() != null && customers.find(r.customerKey()).isPresent() ? r.customerKey() : null;
        return consents.optOut(new OptOutDraft(key, Channel.EMAIL, r.address(), ConsentMethod.UNSUBSCRIBE_LINK,
                "one-click unsubscribe link"), LINK);
    }
}
