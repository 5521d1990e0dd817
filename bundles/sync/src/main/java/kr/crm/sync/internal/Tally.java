package kr.crm.sync.internal;

import ezvcard.VCard;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.crm.api.common.ValidationException;
import kr.crm.api.sync.SideCounts;

/**
 * Counts of one run as it goes, per side, the keys of the contacts it wrote on either side (for the access log), and
 * its problem lines (keys, hrefs and fields only).
 */
final class Tally {
    private static final int MAX_HREF = 600;
    private static final int MAX_KEY = 255;
    private static final int MAX_PROBLEMS = 200;

    final int[] crm = new int[5];
    final int[] groupware = new int[5];
    final List<String> problems = new ArrayList<>();
    final Set<String> written = new LinkedHashSet<>();
    static final int CREATED = 0;
    static final int UPDATED = 1;
    static final int DELETED = 2;
    static final int CONFLICTS = 3;
    static final int ERRORS = 4;

    /** Counts a contact created, updated or deleted on one side ({@link #crm} or {@link #groupware}). */
    void wrote(int[] side, int what, String contactKey) {
        side[what]++;
        if (contactKey != null) {
            written.add(contactKey);
        }
    }

    void problem(String line) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(line);
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add("… more problems not listed");
        }
    }

    /** Runs one step of a run; if it fails, counts and reports the error and lets the run go on. */
    void guarded(String what, Runnable step) {
        try {
            step.run();
        } catch (DavException e) {
            groupware[ERRORS]++;
            problem(what + ": server " + e.getMessage());
        } catch (ValidationException e) {
            crm[ERRORS]++;
            problem(what + ": field " + e.field() + " " + e.getMessage());
        } catch (RuntimeException e) {
            crm[ERRORS]++;
            problem(what + ": " + e.getClass().getSimpleName());
        }
    }

    /**
     * The card parsed, or null after reporting it as malformed or as one whose href, ETag or UID is longer than the
     * link ledger keeps (600, 255, 255 characters): one such card must not stop the book's run.
     */
    VCard parsed(RemoteCard card) {
        String href = card.href().length() <= 80 ? card.href() : card.href().substring(0, 80) + "…";
        VCard vcard;
        try {
            vcard = VCards.parse(card.text());
        } catch (RuntimeException e) {
            groupware[ERRORS]++;
            problem("card " + href + ": malformed vCard (" + e.getMessage() + "), skipped");
            return null;
        }
        String uid = VCards.uid(vcard);
        String tooLong = card.href().length() > MAX_HREF ? "href"
                : card.etag() != null && card.etag().length() > MAX_KEY ? "ETag"
                : uid != null && uid.length() > MAX_KEY ? "UID" : null;
        if (tooLong != null) {
            groupware[ERRORS]++;
            problem("card " + href + ": its " + tooLong + " is longer than the CRM keeps, skipped");
            return null;
        }
        return vcard;
    }

    boolean hasErrors() {
        return crm[ERRORS] + groupware[ERRORS] > 0;
    }

    static SideCounts counts(int[] c) {
        return new SideCounts(c[CREATED], c[UPDATED], c[DELETED], c[CONFLICTS], c[ERRORS]);
    }
}
