package kr.crm.api.service;

/** How urgent a request is. */
public enum RequestPriority {
    LOW, NORMAL, HIGH, URGENT
}
