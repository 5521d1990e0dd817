package kr.crm.api.identity;

/**
 * What became of one party of a batch: linked (or created) as {@link #resolution()} says, or
 * rejected because of {@link #field()} for {@link #reason()}.
 *
 * @param resolution the link, or null if rejected
 * @param field the field that made it unusable, or null
 * @param reason why, or null
 * @since 0.2
 */
public record PartyResolution(Resolution resolution, String field, String reason) {

    public static PartyResolution of(Resolution resolution) {
        return new PartyResolution(resolution, null, null);
    }

    public static PartyResolution rejected(String field, String reason) {
        return new PartyResolution(null, field, reason);
    }

    public boolean isRejected() {
        return resolution == null;
    }
}
