package kr.crm.sync.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.crm.api.sync.SyncDirection;

/**
 * The three-way, field-by-field merge of a contact changed in the CRM, on the server, or both.
 * A field changed on one side only takes that side's value. A field changed on both sides to
 * different values is a conflict: the later change wins the field, and the other value is kept
 * visible as a line at the end of the notes on both sides ({@code [동기화 충돌] field: value}).
 * One-way directions take the master side's fields whole.
 */
final class FieldMerge {
    static final String CONFLICT_MARK = "[동기화 충돌] ";

    /** One field changed on both sides. @param crmWon true if the CRM's value was kept in the field */
    record Conflict(String field, boolean crmWon) {
    }

    /** The merged fields and the conflicts met on the way. */
    record Result(Map<String, String> fields, List<Conflict> conflicts) {
    }

    private FieldMerge() {
    }

    /**
     * @param base the fields when both sides last agreed; empty if they never did
     * @param crmChangedAt when the CRM contact was last changed
     * @param cardChangedAt when the card was last changed, or null if the server does not say
     */
    static Result merge(SyncDirection direction, Map<String, String> base, Map<String, String> crm,
            Map<String, String> card, Instant crmChangedAt, Instant cardChangedAt) {
        if (direction == SyncDirection.CRM_TO_GROUPWARE) {
            return new Result(new LinkedHashMap<>(crm), List.of());
        }
        if (direction == SyncDirection.GROUPWARE_TO_CRM) {
            return new Result(new LinkedHashMap<>(card), List.of());
        }
        boolean cardLater = cardChangedAt != null && crmChangedAt != null && cardChangedAt.isAfter(crmChangedAt);
        Map<String, String> merged = new LinkedHashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String f : Fields.NAMES) {
            String b = base.get(f);
            String l = crm.get(f);
            String r = card.get(f);
            String v;
            if (Objects.equals(l, r) || Objects.equals(r, b)) {
                v = l;
            } else if (Objects.equals(l, b)) {
                v = r;
            } else {
                v = cardLater ? r : l;
                String loser = cardLater ? l : r;
                conflicts.add(new Conflict(f, !cardLater));
                if (loser != null) {
                    kept.add(CONFLICT_MARK + f + ": " + loser);
                }
            }
            Fields.put(merged, f, v);
        }
        if (!kept.isEmpty()) {
            String notes = merged.get("notes");
            Fields.put(merged, "notes", (notes == null ? "" : notes + "\n") + String.join("\n", kept));
        }
        return new Result(merged, conflicts);
    }
}
