package kr.crm.api.service;

/**
 * How a request stands against its service-level targets, as the last SLA sweep found it.
 * {@code AT_RISK}: an open target falls due within the configured warning time (working time);
 * {@code BREACHED}: a target was missed.
 */
public enum SlaState {
    ON_TRACK, AT_RISK, BREACHED
}
