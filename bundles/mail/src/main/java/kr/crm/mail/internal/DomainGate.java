package kr.crm.mail.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code perDomain} sends to one receiving mail domain at a time on this node (the seed's rule against
 * flooding one provider). A node's gate is its own: with several nodes, each keeps its own limit.
 */
final class DomainGate {
    private final int perDomain;
    private final ConcurrentMap<String, Semaphore> gates = new ConcurrentHashMap<>();

    DomainGate(int perDomain) {
        this.perDomain = perDomain;
    }

    /** Waits for a free slot of {@code domain}. @return false if none came free within the wait */
    boolean enter(String domain, long waitMillis) throws InterruptedException {
        return gates.computeIfAbsent(domain, d -> new Semaphore(perDomain, true))
                .tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    }

    void leave(String domain) {
        gates.get(domain).release();
    }

    /** How many sends to {@code domain} are in flight now. */
    int inFlight(String domain) {
        Semaphore s = gates.get(domain);
        return s == null ? 0 : perDomain - s.availablePermits();
    }
}
