package kr.crm.persistence.internal;

/** Turns a search fragment into a LIKE pattern that matches it literally ({@code !} escapes). */
final class LikePattern {
    private LikePattern() {
    }

    static String contains(String fragment) {
        if (fragment == null) {
            return null;
        }
        String escaped = fragment.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
