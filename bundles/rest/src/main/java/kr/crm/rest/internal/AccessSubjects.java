package kr.crm.rest.internal;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.common.Page;

/**
 * Whose data and how many rows an answer holds: customer and contact-person keys from the record components
 * {@code key}, {@code customerKey}, {@code accountKey} and {@code contactKey} of the answer (or of each item of a
 * page or list), and from the path and query parameters that name one.
 */
final class AccessSubjects {
    static final Set<String> KEY_NAMES = Set.of("key", "customerKey", "accountKey", "contactKey");
    static final Set<String> KEY_PARAMS = Set.of("key", "customer", "account", "contact", "customerKey", "accountKey");

    /**
     * The accessors of a record type's key components, found once per type: {@code getRecordComponents} reads and
     * copies the class's record attribute on every call, and a list answer asked it once per item (decision 268).
     */
    private static final ClassValue<List<Method>> KEY_ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            return Arrays.stream(type.getRecordComponents())
                    .filter(c -> KEY_NAMES.contains(c.getName()) && c.getType() == String.class)
                    .map(RecordComponent::getAccessor).toList();
        }
    };

    private AccessSubjects() {
    }

    /** How many records an answer holds: a page's or list's items, a download's rows, else 1 (0 for none). */
    static int rows(Object entity, boolean ok) {
        if (entity instanceof Page<?> p) {
            return p.items().size();
        }
        if (entity instanceof Collection<?> c) {
            return c.size();
        }
        if (entity instanceof ReportDownload d) {
            return d.rows();
        }
        return entity == null && !ok ? 0 : 1;
    }

    static void fromEntity(Object entity, Set<String> keys) {
        if (entity instanceof Page<?> p) {
            p.items().forEach(i -> fromRecord(i, keys));
        } else if (entity instanceof Collection<?> c) {
            c.forEach(i -> fromRecord(i, keys));
        } else if (entity instanceof ReportDownload d) {
            keys.addAll(d.keys());
        } else {
            fromRecord(entity, keys);
        }
    }

    private static void fromRecord(Object item, Set<String> keys) {
        if (item == null || keys.size() >= AccessEntry.MAX_KEYS) {
            return;
        }
        for (Method accessor : KEY_ACCESSORS.get(item.getClass())) {
            try {
                Object v = accessor.invoke(item);
                if (v instanceof String s && looksLikeKey(s)) {
                    keys.add(s);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                return; // a record this bundle may not read holds no key it could log
            }
        }
    }

    static boolean looksLikeKey(String s) {
        return !s.isBlank() && s.length() <= 40 && s.chars().allMatch(ch -> ch < 128 && Character.isLetterOrDigit(ch));
    }

    static List<String> list(Set<String> keys) {
        return List.copyOf(keys instanceof LinkedHashSet<String> ? keys : new LinkedHashSet<>(keys));
    }
}
