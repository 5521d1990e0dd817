package kr.crm.api.service;

/**
 * A configurable request type with its service-level targets.
 *
 * @param code upper-case code, e.g. {@code COMPLAINT}, {@code REPAIR} ({@code [A-Z][A-Z0-9_]{1,29}})
 * @param nameKo Korean name shown in the portal and the CRM
 * @param nameEn English name
 * @param firstResponseHours first-response target in working hours, 1 to 2,000
 * @param resolutionHours resolution target in working hours, at least the first-response target
 * @param active inactive types are kept for old requests but cannot be chosen
 */
public record ServiceType(String code, String nameKo, String nameEn, int firstResponseHours, int resolutionHours,
        boolean active) {
    /** The type a complaint of the contact log becomes. */
    public static final String COMPLAINT = "COMPLAINT";
}
