package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.Program;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Triggered programs, their standing campaigns, and the customer moments they answer. A moment's message is one
 * row of the standing campaign's outbox, unique per (campaign, customer or contact key, occasion): that key is what
 * makes a moment send once, whichever node or run finds it first. @since 2.12
 */
@ProviderType
public interface ProgramStore {

    /**
     * Someone a program may greet.
     *
     * @param key customer key, or contact person key
     * @param name the name for {@code {name}}
     * @param email e-mail on file, or null
     * @param phone the number for SMS (a customer's phone, a contact person's mobile), or null
     * @param changedAt for a grade entry: when it happened; else null
     */
    record Candidate(String key, String name, String email, String phone, Instant changedAt) {
    }

    /**
     * An outbox row for one moment.
     *
     * @param campaignId the program's standing campaign
     * @param occasion {@code welcome}, or the year of the anniversary
     * @param basis the lawful basis found at detection ({@code CONSENT}, {@code TRANSACTION})
     */
    record Moment(long campaignId, String key, String occasion, String address, String domain, String name,
            String basis, Long consentId) {
    }

    /** In one transaction: the standing campaign (as given) and the program pointing at it. */
    Program insert(Program program, Campaign standing);

    Optional<Program> find(long id);

    List<Program> list();

    /**
     * In one transaction: the program's channel, template, enabled flag and checkedThrough, its standing campaign's
     * template and channel and state (RUNNING if enabled, else PAUSED), if the stored version is {@code version}.
     *
     * @return empty if the version did not match
     */
    Optional<Program> update(Program program, long version, Instant at);

    /** Moves the grade-history watermark of a program forward (never back). */
    void checkedThrough(long programId, Instant through);

    /** Accounts (not merged away) whose grade in force became {@code grade} after {@code after}, up to {@code upTo}. */
    List<Candidate> enteredGrade(String grade, Instant after, Instant upTo);

    /** One customer (not merged away), or empty. */
    Optional<Candidate> customer(String key);

    /**
     * Person customers and contact persons (of customers not merged away) born on that month and day; with
     * {@code alsoFeb29} also those born on 29 February.
     */
    List<Candidate> birthdays(int month, int day, boolean alsoFeb29);

    /** Company customers founded on that month and day (with {@code alsoFeb29} also on 29 February). */
    List<Candidate> foundingDays(int month, int day, boolean alsoFeb29);

    /** Adds the moment's outbox row. @return false if the row for (campaign, key, occasion) was there already */
    boolean addMoment(Moment moment);
}
