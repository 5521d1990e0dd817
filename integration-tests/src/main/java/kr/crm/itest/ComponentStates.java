package kr.crm.itest;

import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** What SCR says of a component, for the message of a test that waited for it in vain. */
final class ComponentStates {
    private ComponentStates() {
    }

    static String describe(BundleContext context, String componentName) {
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        if (ref == null) {
            return "no SCR";
        }
        ServiceComponentRuntime scr = context.getService(ref);
        try {
            return scr.getComponentDescriptionDTOs().stream().filter(d -> d.name.equals(componentName))
                    .map(d -> describe(scr, d)).collect(Collectors.joining("; ", "[", "]"));
        } finally {
            context.ungetService(ref);
        }
    }

    private static String describe(ServiceComponentRuntime scr, ComponentDescriptionDTO d) {
        return scr.getComponentConfigurationDTOs(d).stream().map(ComponentStates::describe)
                .collect(Collectors.joining(", ", "enabled=" + scr.isComponentEnabled(d) + " ", ""));
    }

    private static String describe(ComponentConfigurationDTO c) {
        String state = switch (c.state) {
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION: " + c.failure;
            default -> "state " + c.state;
        };
        return state + " itRevision=" + c.properties.get("itRevision") + " maxPerSecond="
                + c.properties.get("maxPerSecond");
    }
}
