package kr.crm.service.internal;

import java.util.List;
import java.util.Set;

/**
 * The address a portal submission is counted under: the connection's peer, unless the peer is a configured trusted
 * proxy; then the nearest address of {@code X-Forwarded-For} that is not itself a trusted proxy (the header is read
 * from the right, as every proxy appends the address it saw). Nothing from the header is believed from anyone else.
 */
final class ClientAddress {
    private static final int MAX = 64;
    private final Set<String> trusted;

    ClientAddress(String[] trustedProxies) {
        this.trusted = trustedProxies == null ? Set.of()
                : Set.copyOf(List.of(trustedProxies).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    String of(String peer, String forwardedFor) {
        String address = peer == null ? "unknown" : peer;
        if (!trusted.contains(address) || forwardedFor == null || forwardedFor.isBlank()) {
            return address;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty() || hop.length() > MAX || !hop.matches("[0-9A-Fa-f:.]+")) {
                return address; // a garbled header: count the proxy rather than guess
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return address;
    }
}
