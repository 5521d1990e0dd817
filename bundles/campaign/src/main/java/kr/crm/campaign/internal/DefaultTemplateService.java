package kr.crm.campaign.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.crm.api.campaign.MessageTemplate;
import kr.crm.api.campaign.RenderedMessage;
import kr.crm.api.campaign.TemplateDraft;
import kr.crm.api.campaign.TemplateKind;
import kr.crm.api.campaign.TemplateService;
import kr.crm.api.campaign.Unsubscribe;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.TemplateStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Checks and versions templates, and renders them with the legal frame. */
@Component(service = TemplateService.class)
public final class DefaultTemplateService implements TemplateService {
    private final TemplateStore store;
    private final Unsubscribe unsubscribe;
    private final Clock clock;

    @Activate
    public DefaultTemplateService(@Reference TemplateStore store, @Reference Unsubscribe unsubscribe) {
        this(store, unsubscribe, Clock.systemUTC());
    }

    DefaultTemplateService(TemplateStore store, Unsubscribe unsubscribe, Clock clock) {
        this.store = store;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
    }

    @Override
    public MessageTemplate save(TemplateDraft d, CrmUser by) {
        TemplateRules.check(d);
        boolean sms = d.channel() == Channel.SMS;
        return store.insertNextVersion(new MessageTemplate(0, d.name().strip(), 0, d.channel(), d.kind(),
                d.senderName().strip(), d.senderContact().strip(),
                sms && d.kind() == TemplateKind.ADVERTISING ? d.optOut().strip() : null,
                sms ? null : d.subject().strip(), d.body(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                by.username()));
    }

    @Override
    public List<MessageTemplate> latest() {
        return store.latest();
    }

    @Override
    public List<MessageTemplate> versions(String name) {
        List<MessageTemplate> all = store.versions(name == null ? "" : name.strip());
        if (all.isEmpty()) {
            throw new NotFoundException("template " + name);
        }
        return all;
    }

    @Override
    public MessageTemplate find(String name, int version) {
        return store.find(name == null ? "" : name.strip(), Math.max(version, 0))
                .orElseThrow(() -> new NotFoundException("template " + name + (version > 0 ? " v" + version : "")));
    }

    @Override
    public RenderedMessage render(String name, int version, String customerKey, String address,
            String recipientName) {
        MessageTemplate t = find(name, version);
        if (address == null || address.isBlank()) {
            throw new ValidationException("address", "is required");
        }
        String link = t.channel() == Channel.EMAIL && t.kind() == TemplateKind.ADVERTISING
                ? unsubscribe.link(customerKey, address) : null;
        return TemplateRenderer.render(t, recipientName, link);
    }
}
