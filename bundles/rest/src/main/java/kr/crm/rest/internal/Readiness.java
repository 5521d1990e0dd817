package kr.crm.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * Whether the CRM is up on this node, and if not, what it still waits for: every CRM bundle started, every component
 * of theirs satisfied, and the JAX-RS whiteboard serving every application, resource and extension they register,
 * and done changing (see {@link QuietWatch}).
 * Read by the host's load balancer through {@link ReadinessServlet}, and by {@link ErrorMapper} to tell a path that
 * is not there yet from one that does not exist. Read from the framework's own state, and answered again for half a
 * second at most (a per-node cache, safe to lose): every node answers for itself.
 */
@Component(service = Readiness.class)
public final class Readiness {
    /** The symbolic names of the CRM's bundles begin with this. */
    static final String CRM_BUNDLES = "kr.crm.";
    /** How long a state is answered again before it is read anew: probes and unknown paths cost no more than this. */
    static final long REUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final BundleContext context;
    private final QuietWatch quiet = new QuietWatch();
    private final AtomicReference<Read> last = new AtomicReference<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime components;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JaxrsServiceRuntime whiteboard;

    @Activate
    public Readiness(BundleContext context) {
        this.context = context;
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

    private record Read(State state, long atNanos) {
    }

    /** The state of the CRM on this node, read from the framework at most {@link #REUSE_NANOS} ago. */
    public State state() {
        long now = System.nanoTime();
        Read read = last.get();
        if (read == null || now - read.atNanos() >= REUSE_NANOS) {
            read = new Read(readNow(now), now);
            last.set(read);
        }
        return read.state();
    }

    /** A bundle of the CRM's own (a fragment is never started, so it is left out). */
    static boolean ofTheCrm(Bundle bundle) {
        String name = bundle.getSymbolicName();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return name != null && name.startsWith(CRM_BUNDLES)
                && (revision == null || (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) == 0);
    }

    private State readNow(long now) {
        List<Bundle> crm = Arrays.stream(context.getBundles()).filter(Readiness::ofTheCrm).toList();
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
            RuntimeDTO runtime = jaxrs.getRuntimeDTO();
            // every read sees the count, so that no change goes unseen; no count: the whiteboard cannot tell
            Object count = runtime.serviceDTO == null ? null
                    : runtime.serviceDTO.properties.get(Constants.SERVICE_CHANGECOUNT);
            boolean settled = !(count instanceof Number c) || quiet.quiet(c.longValue(), now);
            waits.addAll(WhiteboardWaits.of(context, runtime));
            if (waits.isEmpty() && !settled) {
                waits.add("the JAX-RS whiteboard changed less than " + QuietWatch.QUIET_SECONDS
                        + " s ago and may still be rebuilding the application");
            }
        }
        return new State(List.copyOf(waits), notConfigured);
    }
}
