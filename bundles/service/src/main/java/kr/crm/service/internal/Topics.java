package kr.crm.service.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kr.crm.api.common.ValidationException;

/** The configured topic codes requests are filed under, and the check of a topic given by staff. */
final class Topics {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    private final List<String> codes;

    Topics(String[] configured) {
        Set<String> clean = new LinkedHashSet<>();
        for (String c : configured == null ? new String[0] : configured) {
            String code = c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("topics: '" + c + "' is not a code of A-Z, 0-9 and _ (at most 40)");
            }
            clean.add(code);
        }
        this.codes = List.copyOf(clean);
    }

    List<String> codes() {
        return codes;
    }

    /** The code for a topic given by staff (any case), null for none; a code not configured is refused. */
    String check(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        String code = topic.strip().toUpperCase(Locale.ROOT);
        if (!codes.contains(code)) {
            throw new ValidationException("topic", "must be one of " + String.join(", ", codes));
        }
        return code;
    }
}
