package kr.crm.api.service;

/** Where a service request stands. Which moves are allowed is configured (PID {@code kr.crm.service}). */
public enum RequestStatus {
    RECEIVED, ASSIGNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED;

    /** Resolved and closed requests are done; every other status is open. */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
