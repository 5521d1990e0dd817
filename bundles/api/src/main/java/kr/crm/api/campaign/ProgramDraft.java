package kr.crm.api.campaign;

/**
 * A program as a marketer sets it up or changes it.
 *
 * @param kind the customer moment (fixed after creation)
 * @param channel EMAIL or SMS; must be the template's channel
 * @param templateName an advertising template of that channel
 * @param templateVersion its version, or null/0 for the newest now
 * @param enabled whether it runs (default true)
 * @param version on a change: the version read (optimistic lock); ignored on creation
 * @since 0.3
 */
public record ProgramDraft(ProgramKind kind, String channel, String templateName, Integer templateVersion,
        Boolean enabled, Long version) {
}
