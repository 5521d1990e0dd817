package kr.crm.api.contactlog;

/** A complaint (불편사항) stays visible on its account until resolved. */
public enum ComplaintStatus {
    OPEN, IN_PROGRESS, RESOLVED
}
