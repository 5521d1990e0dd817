package kr.crm.identity.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Korean names written in Latin letters ({@code Park Jiho}, {@code Jiho Park}) against the same
 * name in Hangul ({@code 박지호}): the given name by the Revised Romanization, syllable by syllable;
 * the surname also in its usual spellings (Park, Lee, Kim, Choi…), which RR does not produce.
 */
final class LatinNames {
    private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
        "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIAL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
        "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
        "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
    private static final Map<String, Set<String>> SURNAMES = Map.ofEntries(
            Map.entry("김", Set.of("kim")), Map.entry("이", Set.of("lee", "yi", "rhee", "ree")),
            Map.entry("박", Set.of("park", "pak")), Map.entry("최", Set.of("choi")),
            Map.entry("정", Set.of("jung", "chung", "jeong")), Map.entry("강", Set.of("kang")),
            Map.entry("조", Set.of("cho")), Map.entry("윤", Set.of("yoon")), Map.entry("장", Set.of("chang")),
            Map.entry("임", Set.of("lim", "im", "rim")), Map.entry("한", Set.of("han")), Map.entry("오", Set.of("oh")),
            Map.entry("서", Set.of("suh")), Map.entry("신", Set.of("shin")), Map.entry("권", Set.of("kwon")),
            Map.entry("황", Set.of("hwang")), Map.entry("안", Set.of("ahn")), Map.entry("송", Set.of("song")),
            Map.entry("류", Set.of("ryu", "yoo", "yu")), Map.entry("유", Set.of("yoo")), Map.entry("전", Set.of("jun", "chun")),
            Map.entry("홍", Set.of("hong")), Map.entry("고", Set.of("ko")), Map.entry("문", Set.of("moon")),
            Map.entry("손", Set.of("sohn")), Map.entry("배", Set.of("bae")), Map.entry("백", Set.of("paik", "paek")),
            Map.entry("허", Set.of("huh", "hur")), Map.entry("노", Set.of("noh", "roh")), Map.entry("심", Set.of("shim")),
            Map.entry("곽", Set.of("kwak")), Map.entry("성", Set.of("sung")), Map.entry("주", Set.of("joo")),
            Map.entry("우", Set.of("woo")), Map.entry("구", Set.of("koo")), Map.entry("지", Set.of("jee")),
            Map.entry("엄", Set.of("um", "uhm")), Map.entry("천", Set.of("chun")), Map.entry("변", Set.of("byun")),
            Map.entry("현", Set.of("hyun")), Map.entry("염", Set.of("yum")), Map.entry("추", Set.of("choo")),
            Map.entry("도", Set.of("doh")), Map.entry("석", Set.of("suk")), Map.entry("선", Set.of("sun")),
            Map.entry("설", Set.of("sul")), Map.entry("길", Set.of("kil")), Map.entry("연", Set.of("yun")),
            Map.entry("위", Set.of("wee")), Map.entry("명", Set.of("myung")), Map.entry("기", Set.of("ki")),
            Map.entry("경", Set.of("kyung")), Map.entry("용", Set.of("yong")), Map.entry("예", Set.of("ye")));
    private static final Set<String> COMPOUND = Set.of("황보", "남궁", "제갈", "선우", "독고", "사공", "서문");

    private LatinNames() {
    }

    /** True if the two folded names are the same name, one possibly in Latin letters. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        if (isHangul(a) && isLatin(b)) {
            return forms(a).contains(letters(b));
        }
        return isHangul(b) && isLatin(a) && forms(b).contains(letters(a));
    }

    /** The Latin spellings of a Hangul name: surname first or last, surname in RR or its usual forms. */
    static Set<String> forms(String hangul) {
        Set<String> forms = new HashSet<>();
        if (hangul.length() < 2) {
            return forms;
        }
        int split = hangul.length() >= 3 && COMPOUND.contains(hangul.substring(0, 2)) ? 2 : 1;
        String surname = hangul.substring(0, split);
        String given = rr(hangul.substring(split));
        Set<String> surnames = new HashSet<>(SURNAMES.getOrDefault(surname, Set.of()));
        surnames.add(rr(surname));
        for (String s : surnames) {
            forms.add(s + given);
            forms.add(given + s);
        }
        return forms;
    }

    private static String rr(String hangul) {
        StringBuilder out = new StringBuilder();
        for (char c : hangul.toCharArray()) {
            int code = c - 0xAC00;
            out.append(INITIAL[code / (21 * 28)]).append(MEDIAL[code / 28 % 21]).append(FINAL[code % 28]);
        }
        return out.toString();
    }

    private static boolean isHangul(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    private static boolean isLatin(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '-' || c == '.' || c == '\'');
    }

    private static String letters(String s) {
        return s.replaceAll("[^a-z]", "");
    }
}
