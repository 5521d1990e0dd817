package kr.crm.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

class ComponentWaitsTest {
    private final ServiceComponentRuntime scr = mock(ServiceComponentRuntime.class);
    private final List<ComponentDescriptionDTO> components = new ArrayList<>();

    private ComponentDescriptionDTO component(String name, String policy, String provides, int state,
            String... missing) {
        ComponentDescriptionDTO d = new ComponentDescriptionDTO();
        d.name = name;
        d.configurationPolicy = policy;
        d.serviceInterfaces = provides == null ? new String[0] : new String[] {provides};
        d.references = java.util.Arrays.stream(missing).map(m -> {
            ReferenceDTO r = new ReferenceDTO();
            r.name = m.toLowerCase();
            r.interfaceName = m;
            return r;
        }).toArray(ReferenceDTO[]::new);
        ComponentConfigurationDTO c = new ComponentConfigurationDTO();
        c.state = state;
        c.unsatisfiedReferences = java.util.Arrays.stream(d.references).map(r -> {
            UnsatisfiedReferenceDTO u = new UnsatisfiedReferenceDTO();
            u.name = r.name;
            return u;
        }).toArray(UnsatisfiedReferenceDTO[]::new);
        when(scr.getComponentConfigurationDTOs(d)).thenReturn(List.of(c));
        when(scr.isComponentEnabled(d)).thenReturn(true);
        components.add(d);
        return d;
    }

    private Readiness.State state() {
        when(scr.getComponentDescriptionDTOs(any(Bundle[].class))).thenReturn(components);
        return ComponentWaits.of(scr, List.of(mock(Bundle.class)));
    }

    @Test
    void aComponentThatNeedsOnlyAnUnconfiguredPartIsNotConfiguredRatherThanWaiting() {
        component("sms", "require", "Gateway", ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION);
        component("sender", "optional", "Sender", ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "Gateway");
        component("senderResource", "optional", null, ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "Sender");
        component("customers", "optional", "Customers", ComponentConfigurationDTO.ACTIVE);

        Readiness.State state = state();

        assertThat(state.ready()).isTrue();
        assertThat(state.notConfigured()).containsExactly("sender", "senderResource", "sms");
    }

    @Test
    void aComponentWaitingForAServiceNoCrmComponentProvidesIsWaiting() {
        component("orders", "optional", "Orders", ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "DataSource");
        component("orderResource", "optional", null, ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "Orders");

        Readiness.State state = state();

        assertThat(state.ready()).isFalse();
        assertThat(state.waitingFor()).containsExactly("component orderResource waits for orders",
                "component orders waits for datasource");
        assertThat(state.notConfigured()).isEmpty();
    }

    @Test
    void oneReferenceThatIsUpOrMissingKeepsAComponentWaitingEvenIfAnotherIsOff() {
        component("sms", "require", "Gateway", ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION);
        component("sender", "optional", "Sender", ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "Gateway",
                "ContactLog");

        assertThat(state().waitingFor()).containsExactly("component sender waits for gateway, contactlog");
    }

    @Test
    void aFailedActivationIsWaitingWithoutItsMessage() {
        ComponentDescriptionDTO d = component("journal", "optional", "Journal",
                ComponentConfigurationDTO.FAILED_ACTIVATION);
        scr.getComponentConfigurationDTOs(d).iterator().next().failure = "cannot open /secret/path";

        assertThat(state().waitingFor()).containsExactly("component journal failed to start (see the host's log)");
    }
}
