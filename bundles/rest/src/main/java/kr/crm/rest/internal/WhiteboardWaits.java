package kr.crm.rest.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.DTOConstants;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * The JAX-RS services of the CRM bundles that the whiteboard does not serve yet: an application, resource or
 * extension registered as a service but absent from the runtime's applications, with the whiteboard's reason when
 * it has refused the service.
 */
final class WhiteboardWaits {
    private WhiteboardWaits() {
    }

    static List<String> of(BundleContext context, RuntimeDTO runtime) {
        List<ApplicationDTO> served = Stream.concat(Stream.of(runtime.defaultApplication),
                Arrays.stream(runtime.applicationDTOs)).filter(a -> a != null).toList();
        Map<Long, Integer> refused = refusals(runtime);
        return Stream.of(
                waits(context, JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, "*", "application",
                        ids(served.stream().map(a -> a.serviceId)), refused),
                waits(context, JaxrsWhiteboardConstants.JAX_RS_RESOURCE, "true", "resource",
                        ids(served.stream().flatMap(a -> Arrays.stream(a.resourceDTOs)).map(r -> r.serviceId)),
                        refused),
                waits(context, JaxrsWhiteboardConstants.JAX_RS_EXTENSION, "true", "extension",
                        ids(served.stream().flatMap(a -> Arrays.stream(a.extensionDTOs)).map(e -> e.serviceId)),
                        refused))
                .flatMap(List::stream).toList();
    }

    private static List<String> waits(BundleContext context, String property, String value, String kind,
            Set<Long> served, Map<Long, Integer> refused) {
        return crmServices(context, "(" + property + "=" + value + ")").stream()
                .filter(s -> !served.contains((Long) s.getProperty(Constants.SERVICE_ID)))
                .map(s -> "JAX-RS " + kind + " " + name(s) + " is not served"
                        + reason(refused.get((Long) s.getProperty(Constants.SERVICE_ID))))
                .toList();
    }

    private static Collection<ServiceReference<?>> crmServices(BundleContext context, String filter) {
        try {
            ServiceReference<?>[] all = context.getAllServiceReferences(null, filter);
            return all == null ? List.of() : Arrays.stream(all).filter(WhiteboardWaits::ofTheCrm).toList();
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    private static boolean ofTheCrm(ServiceReference<?> service) {
        Bundle bundle = service.getBundle(); // null once the service is gone
        return bundle != null && Readiness.ofTheCrm(bundle);
    }

    private static Set<Long> ids(Stream<Long> ids) {
        return ids.collect(Collectors.toSet());
    }

    private static Map<Long, Integer> refusals(RuntimeDTO runtime) {
        Stream<FailedApplicationDTO> applications = Arrays.stream(runtime.failedApplicationDTOs);
        Stream<FailedResourceDTO> resources = Arrays.stream(runtime.failedResourceDTOs);
        Stream<FailedExtensionDTO> extensions = Arrays.stream(runtime.failedExtensionDTOs);
        return Stream.of(applications.map(a -> Map.entry(a.serviceId, a.failureReason)),
                        resources.map(r -> Map.entry(r.serviceId, r.failureReason)),
                        extensions.map(e -> Map.entry(e.serviceId, e.failureReason)))
                .flatMap(Function.identity())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static String name(ServiceReference<?> service) {
        Object component = service.getProperty("component.name");
        Object name = service.getProperty(JaxrsWhiteboardConstants.JAX_RS_NAME);
        return String.valueOf(component != null ? component : name != null ? name
                : "service " + service.getProperty(Constants.SERVICE_ID));
    }

    private static String reason(Integer failure) {
        if (failure == null) {
            return "";
        }
        return switch (failure) {
            case DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE -> " (an extension it needs is missing)";
            case DTOConstants.FAILURE_REASON_REQUIRED_APPLICATION_UNAVAILABLE -> " (its application is not served)";
            case DTOConstants.FAILURE_REASON_SHADOWED_BY_OTHER_SERVICE -> " (another service took its name or path)";
            case DTOConstants.FAILURE_REASON_DUPLICATE_NAME -> " (its name is taken)";
            case DTOConstants.FAILURE_REASON_VALIDATION_FAILED -> " (the whiteboard found it invalid)";
            case DTOConstants.FAILURE_REASON_SERVICE_NOT_GETTABLE -> " (its service could not be got)";
            default -> " (refused by the whiteboard)";
        };
    }
}
