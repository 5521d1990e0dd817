package kr.crm.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses: a pragmatic shape check and the folded form used for matching. */
final class EmailAddresses {
    private static final Pattern SHAPE = Pattern.compile(
            "[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    /** Trimmed and lower-cased, or null if it is not shaped like an address. */
    static String canonical(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        return SHAPE.matcher(t).matches() ? t.toLowerCase(Locale.ROOT) : null;
    }
}
