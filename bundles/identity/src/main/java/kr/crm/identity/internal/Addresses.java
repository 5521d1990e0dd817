package kr.crm.identity.internal;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/** Korean postal addresses folded so that the usual spellings of one address meet. */
final class Addresses {
    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("서울특별시", "서울"), Map.entry("서울시", "서울"), Map.entry("부산광역시", "부산"),
            Map.entry("부산시", "부산"), Map.entry("대구광역시", "대구"), Map.entry("대구시", "대구"),
            Map.entry("인천광역시", "인천"), Map.entry("인천시", "인천"), Map.entry("광주광역시", "광주"),
            Map.entry("대전광역시", "대전"), Map.entry("대전시", "대전"), Map.entry("울산광역시", "울산"),
            Map.entry("울산시", "울산"), Map.entry("세종특별자치시", "세종"), Map.entry("세종시", "세종"),
            Map.entry("경기도", "경기"), Map.entry("강원도", "강원"), Map.entry("강원특별자치도", "강원"),
            Map.entry("충청북도", "충북"), Map.entry("충청남도", "충남"), Map.entry("전라북도", "전북"),
            Map.entry("전북특별자치도", "전북"), Map.entry("전라남도", "전남"), Map.entry("경상북도", "경북"),
            Map.entry("경상남도", "경남"), Map.entry("제주특별자치도", "제주"), Map.entry("제주도", "제주"));
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Z},.()\\-]+");
    private static final int MAX = 254;

    private Addresses() {
    }

    /** The folded address, or null if blank. */
    static String canonical(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String t = Normalizer.normalize(address.strip(), Normalizer.Form.NFKC);
        int space = t.indexOf(' ');
        String first = space < 0 ? t : t.substring(0, space);
        String province = PROVINCES.get(first);
        if (province != null) {
            t = province + t.substring(first.length());
        }
        String folded = NOISE.matcher(t).replaceAll("");
        return folded.length() <= MAX ? folded : folded.substring(0, MAX);
    }

    /** An address one can deliver to names a building number. */
    static boolean hasNumber(String canonical) {
        return canonical != null && canonical.chars().anyMatch(Character::isDigit);
    }
}
