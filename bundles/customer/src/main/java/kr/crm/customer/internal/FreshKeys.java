package kr.crm.customer.internal;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Inserts a record under a newly drawn key: returns what an earlier create with the same
 * idempotency key made, else draws keys until the store takes one (the unique index settles the
 * rare collision, and a concurrent create with the same idempotency key is found on the next turn).
 */
final class FreshKeys {
    static final int ATTEMPTS = 5;

    private FreshKeys() {
    }

    static <T> T insert(KeyGenerator keys, Supplier<Optional<T>> earlier, Function<String, T> build,
            Predicate<T> insert, String what) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<T> made = earlier.get();
            if (made.isPresent()) {
                return made.get();
            }
            T record = build.apply(keys.next());
            if (insert.test(record)) {
                return record;
            }
        }
        throw new IllegalStateException("no free " + what + " key after " + ATTEMPTS + " attempts");
    }
}
