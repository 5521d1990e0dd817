package kr.crm.service.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.RequestStatus;

/** The configured moves between statuses ({@code FROM=TO,TO}); a move out of RESOLVED or CLOSED is a reopen. */
final class StatusFlow {
    private final Map<RequestStatus, Set<RequestStatus>> moves = new EnumMap<>(RequestStatus.class);

    StatusFlow(String[] rules) {
        for (RequestStatus s : RequestStatus.values()) {
            moves.put(s, EnumSet.noneOf(RequestStatus.class));
        }
        for (String rule : rules) {
            String[] parts = rule.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("status flow rule without '=': " + rule);
            }
            RequestStatus from = status(parts[0]);
            for (String to : parts[1].split(",")) {
                if (!to.isBlank()) {
                    moves.get(from).add(status(to));
                }
            }
        }
    }

    private static RequestStatus status(String name) {
        return RequestStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /** Refuses a move the flow does not allow, naming the field {@code status}. */
    void check(RequestStatus from, RequestStatus to) {
        if (!moves.get(from).contains(to)) {
            throw new ValidationException("status", "cannot move from " + from + " to " + to + "; allowed: "
                    + (moves.get(from).isEmpty() ? "none" : moves.get(from)));
        }
    }

    static boolean isReopen(RequestStatus from, RequestStatus to) {
        return !from.open() && to.open();
    }

    /** Moving to work on it, to wait for the customer or to a resolution answers the customer. */
    static boolean isResponse(RequestStatus to) {
        return to == RequestStatus.IN_PROGRESS || to == RequestStatus.WAITING_FOR_CUSTOMER
                || to == RequestStatus.RESOLVED;
    }
}
