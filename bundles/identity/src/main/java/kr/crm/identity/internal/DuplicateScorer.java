package kr.crm.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.Normalized;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;

/**
 * Scores two customers against each other by the matching rule: each source's view of the newer
 * one is a probe against every index row of the older one; the best view counts.
 */
final class DuplicateScorer {
    private DuplicateScorer() {
    }

    static MatchScorer.Score score(List<IdentityRow> newer, List<IdentityRow> older, IdentityNormalizer n) {
        MatchScorer.Score best = new MatchScorer.Score(0, null);
        Map<String, List<IdentityRow>> bySource = newer.stream().collect(Collectors.groupingBy(IdentityRow::source));
        for (List<IdentityRow> view : bySource.values()) {
            MatchScorer.Score s = MatchScorer.score(probe(view, n), older);
            if (s.value() > best.value()) {
                best = s;
            }
        }
        return best;
    }

    private static Probe probe(List<IdentityRow> view, IdentityNormalizer n) {
        String name = entered(view, IdentityKind.NAME);
        String host = entered(view, IdentityKind.HOST_NO);
        return new Probe(name, n.nameKey(name), normalized(view, IdentityKind.PHONE),
                normalized(view, IdentityKind.EMAIL), normalized(view, IdentityKind.BRN), host,
                normalized(view, IdentityKind.ADDRESS));
    }

    private static String entered(List<IdentityRow> view, IdentityKind kind) {
        return view.stream().filter(r -> r.kind() == kind).map(IdentityRow::entered).findFirst().orElse(null);
    }

    private static Normalized normalized(List<IdentityRow> view, IdentityKind kind) {
        return view.stream().filter(r -> r.kind() == kind)
                .map(r -> new Normalized(r.entered(), r.canonical(), r.valid())).findFirst().orElse(Normalized.ABSENT);
    }
}
