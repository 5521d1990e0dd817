package kr.crm.customer.internal;

/** Checks the caller-chosen idempotency key of a create. */
final class Idempotency {
    private Idempotency() {
    }

    static String clean(String key) {
        return Fields.optionalLine("Idempotency-Key", key, 100);
    }
}
