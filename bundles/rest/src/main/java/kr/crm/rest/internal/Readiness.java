package kr.crm.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/**
 * Whether the CRM is up on this node, and if not, what it still waits for: every CRM bundle started, every component
 * of theirs satisfied, and the JAX-RS whiteboard serving every application, resource and extension they register,
 * and done changing (see {@link QuietWatch}).
 * Read by the host's load balancer through {@link ReadinessServlet}, and by {@link ErrorMapper} to tell a path that
 * is not there yet from one that does not exist. Computed on each call from the framework's own state: nothing is
 * kept, so every node answers for itself.
 */
@Component(service = Readiness.class)
public final class Readiness {
    /** The symbolic names of the CRM's bundles begin with this. */
    static final String CRM_BUNDLES = "kr.crm.";

    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime components;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JaxrsServiceRuntime whiteboard;

    private final QuietWatch quiet = new QuietWatch(System.nanoTime());

    @Activate
    public Readiness(BundleContext context) {
        this.context = context;
    }

    private boolean whiteboardQuiet() {
        ServiceReference<JaxrsServiceRuntime> runtime = context.getServiceReference(JaxrsServiceRuntime.class);
        Object count = runtime == null ? null : runtime.getProperty(Constants.SERVICE_CHANGECOUNT);
        return !(count instanceof Number c) || quiet.quiet(c.longValue(), System.nanoTime()); // no count: cannot tell
    }

    /**
     * What the CRM on this node waits for, and which optional parts are off for want of configuration.
     *
     * @param waitingFor one line per bundle, component or JAX-RS service that is not up; empty when the node is ready
     * @param notConfigured the components that are off until an admin configures them (or a part they need)
     */
    public record State(List<String> waitingFor, List<String> notConfigured) {
        public boolean ready() {
            return waitingFor.isEmpty();
        }
    }

    /** The state of the CRM on this node, read from the framework now. */
    public State state() {
        List<Bundle> crm = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(CRM_BUNDLES)).toList();
        List<String> waits = new ArrayList<>();
        crm.stream().filter(b -> b.getState() != Bundle.ACTIVE)
                .forEach(b -> waits.add("bundle " + b.getSymbolicName() + " is not started"));
        ServiceComponentRuntime scr = components;
        List<String> notConfigured = List.of();
        if (scr == null) {
            waits.add("the declarative services runtime (SCR) is not there");
        } else {
            State found = ComponentWaits.of(scr, crm.stream().filter(b -> b.getState() == Bundle.ACTIVE).toList());
            waits.addAll(found.waitingFor());
            notConfigured = found.notConfigured();
        }
        JaxrsServiceRuntime jaxrs = whiteboard;
        if (jaxrs == null) {
            waits.add("the JAX-RS whiteboard is not there");
        } else {
            boolean quiet = whiteboardQuiet(); // every call sees the count, so that no change goes unseen
            waits.addAll(WhiteboardWaits.of(context, jaxrs.getRuntimeDTO()));
            if (waits.isEmpty() && !quiet) {
                waits.add("the JAX-RS whiteboard changed less than " + QuietWatch.QUIET_SECONDS
                        + " s ago and may still be rebuilding the application");
            }
        }
        return new State(List.copyOf(waits), notConfigured);
    }
}
