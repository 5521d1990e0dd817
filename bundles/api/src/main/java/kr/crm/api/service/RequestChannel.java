package kr.crm.api.service;

/** How a request came in. */
public enum RequestChannel {
    PHONE, EMAIL, PORTAL, VISIT, REP
}
