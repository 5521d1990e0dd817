package kr.crm.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kr.crm.api.audit.AccessAction;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.AccessLog;
import kr.crm.api.security.CrmUser;

/**
 * The access log and masking of one resource method that reaches personal data (decisions 160-164).
 * <ul>
 * <li>Before the call: an export (a GET with {@code format=csv|xlsx}) without a reason ({@code reason} query parameter
 * or {@code X-Access-Reason} header, percent-encoded UTF-8) is refused with 400 naming {@code reason}.
 * <li>After a successful call: one access-log row (who, when, from which address, whose keys, what, how many rows,
 * why), durable before the answer is written (in the database, or in the node's journal, decision 259); if it
 * cannot be stored the caller gets 500 and no data.
 * <li>For a user without full view, phones and e-mails of the answer or download are masked.
 * <li>A refused attempt by a signed-in user (403 for the role; the 404 of a key or a record outside the caller's
 * accounts) is logged as {@code DENIED} with the keys asked for and the refused account, no rows (decision 256).
 * </ul>
 * The time the log took in a request is in its answer's {@code Server-Timing} header ({@code access-log;dur=} in
 * milliseconds, W3C Server Timing): what the log adds to a call, seen per call by a browser or the benchmark.
 */
final class AccessLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String REASON_HEADER = "X-Access-Reason";
    static final int MAX_REASON = 500;
    static final String TIMING_HEADER = "Server-Timing";
    private static final String REASON_PROPERTY = AccessLogFilter.class.getName() + ".reason";
    private static final ObjectMapper MAPPER = Json.newMapper();

    private final MethodRules rules;
    private final AccessLog log;

    @Context
    private HttpServletRequest servletRequest;
    @Context
    private ResourceInfo resource;

    AccessLogFilter(MethodRules rules, AccessLog log) {
        this.rules = rules;
        this.log = log;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        AccessKind kind = rules.of(resource).kind();
        if (kind == null) {
            return;
        }
        AccessAction asked = kind.action(request.getUriInfo().getQueryParameters().getFirst("format"));
        if (asked != AccessAction.EXPORT && asked != AccessAction.PRINT) {
            return;
        }
        String reason = request.getUriInfo().getQueryParameters().getFirst("reason");
        if (reason == null || reason.isBlank()) {
            String header = request.getHeaderString(REASON_HEADER);
            try {
                // a header carries ISO-8859-1 only: Korean reasons come percent-encoded (UTF-8)
                reason = header == null ? null
                        : URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                request.abortWith(ErrorBody.response(Response.Status.BAD_REQUEST,
                        "the header " + REASON_HEADER + " must be percent-encoded UTF-8", "reason"));
                return;
            }
        }
        if (reason == null || reason.isBlank()) {
            request.abortWith(ErrorBody.response(Response.Status.BAD_REQUEST,
                    "an export or download of personal data needs a reason", "reason"));
            return;
        }
        if (reason.strip().length() > MAX_REASON || reason.chars().anyMatch(Character::isISOControl)) {
            request.abortWith(ErrorBody.response(Response.Status.BAD_REQUEST,
                    "at most " + MAX_REASON + " characters on one line", "reason"));
            return;
        }
        request.setProperty(REASON_PROPERTY, reason.strip());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        AccessKind kind = rules.of(resource).kind();
        if (kind == null || !(request.getSecurityContext().getUserPrincipal() instanceof CrmPrincipal principal)) {
            return;
        }
        Object refused = request.getProperty(VisibilityFilter.REFUSED);
        if (response.getStatus() == Response.Status.FORBIDDEN.getStatusCode() || refused != null) {
            Set<String> keys = askedFor(request);
            if (refused instanceof String key && AccessSubjects.looksLikeKey(key)) {
                keys.add(key);
            }
            log.record(new AccessEntry(null, principal.user().username(), sourceAddress(), AccessAction.DENIED,
                    AccessSubjects.list(keys), 0, kind.resource(), null));
            return;
        }
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            return;
        }
        long started = System.nanoTime();
        CrmUser user = principal.user();
        AccessAction action = kind.action(request.getUriInfo().getQueryParameters().getFirst("format"));
        Object entity = response.getEntity();

        Set<String> keys = askedFor(request);
        AccessSubjects.fromEntity(entity, keys);
        log.record(new AccessEntry(null, user.username(), sourceAddress(), action,
                AccessSubjects.list(keys), AccessSubjects.rows(entity, true), kind.resource(),
                (String) request.getProperty(REASON_PROPERTY)));
        response.getHeaders().add(TIMING_HEADER, String.format(Locale.ROOT, "access-log;dur=%.2f",
                (System.nanoTime() - started) / 1e6));

        if (!Masking.fullView(user)) {
            mask(response, entity);
        }
    }

    private String sourceAddress() {
        return servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
    }

    /** The customer and contact keys the request names in its path and query. */
    private static Set<String> askedFor(ContainerRequestContext request) {
        Set<String> keys = new LinkedHashSet<>();
        request.getUriInfo().getPathParameters().forEach((name, values) -> addParams(name, values, keys));
        request.getUriInfo().getQueryParameters().forEach((name, values) -> addParams(name, values, keys));
        return keys;
    }

    private static void addParams(String name, List<String> values, Set<String> keys) {
        if (AccessSubjects.KEY_PARAMS.contains(name)) {
            values.stream().filter(AccessSubjects::looksLikeKey).forEach(keys::add);
        }
    }

    private static void mask(ContainerResponseContext response, Object entity) {
        if (entity instanceof ReportDownload d) {
            response.setEntity(d.masked(), response.getEntityAnnotations(), response.getMediaType());
        } else if (entity != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            response.setEntity(Masking.tree(MAPPER.valueToTree(entity)), response.getEntityAnnotations(),
                    response.getMediaType());
        }
    }
}
