package kr.crm.sync.internal;

import java.util.ArrayList;
import java.util.List;
import kr.crm.api.sync.SideCounts;

/** Counts of one run as it goes, per side, and its problem lines (keys, hrefs and fields only). */
final class Tally {
    private static final int MAX_PROBLEMS = 200;

    final int[] crm = new int[5];
    final int[] groupware = new int[5];
    final List<String> problems = new ArrayList<>();
    static final int CREATED = 0;
    static final int UPDATED = 1;
    static final int DELETED = 2;
    static final int CONFLICTS = 3;
    static final int ERRORS = 4;

    void problem(String line) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(line);
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add("… more problems not listed");
        }
    }

    boolean hasErrors() {
        return crm[ERRORS] + groupware[ERRORS] > 0;
    }

    static SideCounts counts(int[] c) {
        return new SideCounts(c[CREATED], c[UPDATED], c[DELETED], c[CONFLICTS], c[ERRORS]);
    }
}
