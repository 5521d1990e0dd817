package kr.crm.privacy.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The retention rules and the daily purge. A period of 0 turns its rule off. */
@ObjectClassDefinition(name = "CRM retention and purge",
        description = "How long personal data is kept per category, and the daily purge that deletes or anonymises "
                + "what expired (one node at a time: lease privacy-purge).")
@interface RetentionConfig {

    @AttributeDefinition(name = "Prospects (months)", min = "0", description = "A customer without any order is "
            + "deleted, with its contact persons, contact logs, tasks, service requests, consents, sent mail, segment "
            + "memberships and CardDAV cards, after this many months without activity.")
    int prospectMonths() default 24;

    @AttributeDefinition(name = "Marketing profile (days)", min = "0", description = "The birthday of a customer or "
            + "contact person (kept for anniversary greetings, an advertising use) is deleted this many days after "
            + "advertising consent ended on every channel or an opt-out of every channel was recorded; 0 turns it off.")
    int marketingGraceDays() default 5;

    @AttributeDefinition(name = "Order-linked identity (years)", min = "0", description = "A customer with orders is "
            + "anonymised (the orders and amounts stay) once this many full calendar years have passed after the "
            + "year of its last order and it was quiet for the prospect period; 국세기본법 제85조의3 and "
            + "전자상거래법 제6조 ask for 5 years.")
    int orderIdentityYears() default 5;

    @AttributeDefinition(name = "Contact logs (years)", min = "0",
            description = "Contact-log entries (with their edit history) are deleted this many years after they "
                    + "occurred.")
    int contactLogYears() default 5;

    @AttributeDefinition(name = "Permission history (years)", min = "0",
            description = "Grants, revocations, locks and unlocks of user accounts are deleted after this many years.")
    int permissionHistoryYears() default 3;

    @AttributeDefinition(name = "Interval (hours)", min = "0",
            description = "Hours between runs; 0 runs only on demand.")
    int intervalHours() default 24;

    @AttributeDefinition(name = "Lease (minutes)", min = "1", description = "How long a run holds the lease before "
            + "renewing it (after each batch).")
    int leaseMinutes() default 30;

    @AttributeDefinition(name = "Batch size", min = "1", description = "Customers read per query; each is destroyed "
            + "in a transaction of its own.")
    int batchSize() default 200;
}
