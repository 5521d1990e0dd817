package kr.crm.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits long value lists so that an {@code IN (...)} stays a reasonable statement. */
final class Chunks {
    static final int SIZE = 1000;

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }
}
