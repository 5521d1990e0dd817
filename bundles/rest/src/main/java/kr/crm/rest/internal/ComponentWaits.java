package kr.crm.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * What SCR says of the CRM's components: those that cannot work (waiting for a service, or failed to activate) and
 * those that are off because nobody configured them. Optional parts (an SMS gateway, a channel's file layout, the
 * ERP's table connector, the campaign links' signing secret) stay off until an admin configures them, and so do the
 * components that need a service only such a part provides: those are "not configured", not "waiting". A reference
 * to a service no CRM component provides (the host's data source, EventAdmin) or to one of a stopped bundle is
 * waiting. Only names are given, never a failure's message, which can quote configuration values.
 */
final class ComponentWaits {
    private final Map<String, ComponentDescriptionDTO> descriptions;
    private final Map<String, List<ComponentConfigurationDTO>> configurations;

    private ComponentWaits(ServiceComponentRuntime scr, List<Bundle> bundles) {
        descriptions = scr.getComponentDescriptionDTOs(bundles.toArray(Bundle[]::new)).stream()
                .filter(scr::isComponentEnabled)
                .collect(Collectors.toMap(d -> d.name, Function.identity(), (a, b) -> a));
        configurations = descriptions.values().stream()
                .collect(Collectors.toMap(d -> d.name, d -> List.copyOf(scr.getComponentConfigurationDTOs(d))));
    }

    /** The components of these (started) bundles, as {@link Readiness.State} reports them. */
    static Readiness.State of(ServiceComponentRuntime scr, List<Bundle> bundles) {
        if (bundles.isEmpty()) { // SCR would answer with every bundle's components
            return new Readiness.State(List.of(), List.of());
        }
        return new ComponentWaits(scr, bundles).find();
    }

    private Readiness.State find() {
        Set<String> off = new HashSet<>();
        descriptions.values().stream().filter(this::lacksConfiguration).forEach(d -> off.add(d.name));
        boolean grew = true;
        while (grew) { // a component that needs only what is off is off too, however long the chain
            grew = descriptions.values().stream().filter(d -> !off.contains(d.name) && needsOnlyWhatIsOff(d, off))
                    .map(d -> off.add(d.name)).reduce(false, Boolean::logicalOr);
        }
        List<String> waiting = new ArrayList<>();
        descriptions.values().stream().filter(d -> !off.contains(d.name)).sorted((a, b) -> a.name.compareTo(b.name))
                .forEach(d -> configurations.get(d.name).stream().map(c -> wait(d, c)).filter(w -> w != null)
                        .distinct().forEach(waiting::add));
        return new Readiness.State(waiting, off.stream().sorted().toList());
    }

    private boolean lacksConfiguration(ComponentDescriptionDTO d) {
        return "require".equals(d.configurationPolicy) && configurations.get(d.name).stream()
                .allMatch(c -> c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION);
    }

    private boolean needsOnlyWhatIsOff(ComponentDescriptionDTO d, Set<String> off) {
        List<ComponentConfigurationDTO> blocked = configurations.get(d.name).stream()
                .filter(c -> c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE).toList();
        return !blocked.isEmpty() && blocked.stream().flatMap(c -> Arrays.stream(c.unsatisfiedReferences))
                .allMatch(r -> providedOnlyByWhatIsOff(d, r, off));
    }

    private boolean providedOnlyByWhatIsOff(ComponentDescriptionDTO d, UnsatisfiedReferenceDTO missing,
            Set<String> off) {
        String type = Arrays.stream(d.references).filter(r -> r.name.equals(missing.name)).map(r -> r.interfaceName)
                .findFirst().orElse(null);
        List<ComponentDescriptionDTO> providers = descriptions.values().stream()
                .filter(p -> Arrays.asList(p.serviceInterfaces).contains(type)).toList();
        return !providers.isEmpty() && providers.stream().allMatch(p -> off.contains(p.name));
    }

    private static String wait(ComponentDescriptionDTO d, ComponentConfigurationDTO c) {
        if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
            return "component " + d.name + " waits for " + Arrays.stream(c.unsatisfiedReferences).map(r -> r.name)
                    .collect(Collectors.joining(", "));
        }
        if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
            return "component " + d.name + " failed to start (see the host's log)";
        }
        return null;
    }
}
