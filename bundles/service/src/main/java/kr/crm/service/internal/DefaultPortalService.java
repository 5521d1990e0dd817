package kr.crm.service.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.TooManyRequestsException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.identity.IdentityResolver;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.service.Attachment;
import kr.crm.api.service.ChangeKind;
import kr.crm.api.service.PortalEntry;
import kr.crm.api.service.PortalReceipt;
import kr.crm.api.service.PortalService;
import kr.crm.api.service.PortalSubmission;
import kr.crm.api.service.PortalView;
import kr.crm.api.service.RequestChannel;
import kr.crm.api.service.RequestPriority;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.Requester;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;
import kr.crm.api.service.ServiceType;
import kr.crm.api.service.SurveyResult;
import kr.crm.api.store.PortalRateStore;
import kr.crm.api.store.ServiceCatalogStore;
import kr.crm.api.store.ServiceRequestStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The customer portal: a submission is validated, counted against its address's hourly limit in the database,
 * linked to a customer through the identity resolver (source {@code portal}: an existing customer, or a new one,
 * the prospect) and stored with its files; the customer follows it through a signed, expiring link.
 */
@Component(service = PortalService.class, configurationPid = "kr.crm.service.portal",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PortalConfig.class)
public final class DefaultPortalService implements PortalService {
    static final String SOURCE = "portal";
    static final String CUSTOMER = "customer";
    private static final Set<ChangeKind> SHOWN = Set.of(ChangeKind.CREATED, ChangeKind.STATUS, ChangeKind.REPLY,
            ChangeKind.CUSTOMER);

    private final RequestIntake intake;
    private final Surveys surveys;
    private final ServiceRequestStore requests;
    private final ServiceCatalogStore catalog;
    private final PortalRateStore rates;
    private final IdentityResolver identities;
    private final LinkTokens tokens;
    private final AttachmentCheck files;
    private final ClientAddress addresses;
    private final PortalConfig config;
    private final Clock clock;

    @Activate
    public DefaultPortalService(@Reference RequestIntake intake, @Reference Surveys surveys,
            @Reference ServiceRequestStore requests, @Reference ServiceCatalogStore catalog,
            @Reference PortalRateStore rates, @Reference IdentityResolver identities, PortalConfig config) {
        this(intake, surveys, requests, catalog, rates, identities, config, Clock.systemUTC());
    }

    DefaultPortalService(RequestIntake intake, Surveys surveys, ServiceRequestStore requests,
            ServiceCatalogStore catalog, PortalRateStore rates, IdentityResolver identities, PortalConfig config,
            Clock clock) {
        this.intake = intake;
        this.surveys = surveys;
        this.requests = requests;
        this.catalog = catalog;
        this.rates = rates;
        this.identities = identities;
        this.tokens = new LinkTokens(config.tokenSecret(), clock);
        this.files = new AttachmentCheck(config.maxAttachments(), config.maxAttachmentKb());
        this.addresses = new ClientAddress(config.trustedProxies());
        this.config = config;
        this.clock = clock;
    }

    @Override
    public List<ServiceType> types() {
        return catalog.types().stream().filter(ServiceType::active).toList();
    }

    @Override
    public PortalReceipt submit(PortalSubmission s, String peerAddress, String forwardedFor) {
        if (s == null) {
            throw new ValidationException("body", "is required");
        }
        Requester requester = PortalValidator.requester(s.requester());
        String type = Texts.required("type", s.type(), 30);
        if (catalog.type(type).filter(ServiceType::active).isEmpty()) {
            throw new ValidationException("type", "choose one of the listed request types");
        }
        String subject = Texts.required("subject", s.subject(), RequestValidator.SUBJECT_MAX);
        String description = Texts.required("description", s.description(), RequestValidator.DESCRIPTION_MAX);
        List<Attachment> attachments = files.clean(s.attachments());
        limit(addresses.of(peerAddress, forwardedFor));

        boolean company = requester.company() != null;
        String customerKey = identities.resolve(SOURCE, new PartyIdentity(company ? CustomerKind.COMPANY : CustomerKind.PERSON,
                company ? requester.company() : requester.name(), requester.phone(), requester.email(), null, null, null,
                null)).customerKey();
        ServiceRequestDraft draft = new ServiceRequestDraft(customerKey, null, null, null, null, type,
                RequestChannel.PORTAL, RequestPriority.NORMAL, subject, description, null, null, null);
        ServiceRequest r = intake.fromPortal(draft, requester, attachments);
        Instant expires = now().plus(Duration.ofDays(config.linkDays()));
        return new PortalReceipt(r.id(), tokens.issue(Long.parseLong(r.id()), expires), expires);
    }

    /** A new follow link for a request (sent with each e-mail), valid for the configured days from now. */
    String linkFor(String requestId) {
        return tokens.issue(Long.parseLong(requestId), now().plus(Duration.ofDays(config.linkDays())));
    }

    @Override
    public PortalView view(String token) {
        ServiceRequest r = request(token);
        long id = Long.parseLong(r.id());
        Map<String, ServiceType> types = catalog.types().stream()
                .collect(Collectors.toMap(ServiceType::code, Function.identity()));
        ServiceType type = types.get(r.type());
        List<PortalEntry> entries = requests.history(id).stream()
                .filter(c -> c.visibleToCustomer() && SHOWN.contains(c.kind()))
                .map(c -> new PortalEntry(c.kind(), c.toStatus(), c.kind() == ChangeKind.CREATED ? null : c.comment(),
                        c.kind() == ChangeKind.CUSTOMER, c.at()))
                .toList();
        return new PortalView(r.id(), r.type(), type == null ? r.type() : type.nameKo(),
                type == null ? r.type() : type.nameEn(), r.subject(), r.description(), r.status(), r.receivedAt(),
                r.resolvedAt(), entries, requests.attachments(id), LinkTokens.expiryOf(token), surveys.open(r),
                surveys.answerOf(r).map(a -> new SurveyResult(a.requestId(), a.resolvedAt(), a.score(), a.comment(), null,
                        a.type(), a.answeredAt())).orElse(null));
    }

    @Override
    public PortalView answerSurvey(String token, Integer score, String comment) {
        surveys.answer(request(token), score, comment);
        return view(token);
    }

    @Override
    public PortalView addMessage(String token, String text) {
        String clean = Texts.required("text", text, DefaultServiceRequestService.COMMENT_MAX);
        ServiceRequest r = request(token);
        requests.addEntry(Long.parseLong(r.id()), ChangeKind.CUSTOMER, clean, true, false, CUSTOMER, now());
        if (r.status() == RequestStatus.WAITING_FOR_CUSTOMER) {
            intake.settle(r, RequestStatus.IN_PROGRESS, "the customer added information", CUSTOMER);
        }
        return view(token);
    }

    private ServiceRequest request(String token) {
        return tokens.verify(token).stream().boxed().findFirst().flatMap(requests::find)
                .orElseThrow(() -> new NotFoundException("request for this link (it may have expired)"));
    }

    private void limit(String sourceAddress) {
        Instant window = now().truncatedTo(ChronoUnit.HOURS);
        int hits = rates.hit(sha256(sourceAddress == null ? "unknown" : sourceAddress), window);
        if (hits > config.submissionsPerHour()) {
            long retry = Duration.between(now(), window.plus(Duration.ofHours(1))).toSeconds();
            throw new TooManyRequestsException("too many requests from this address; try again later", Math.max(1, retry));
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
