package kr.crm.campaign.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a stored address can go on a label: a five-digit postal code (국가기초구역번호, in use since 2015; the old
 * six-digit codes are not delivered by) and an address that starts with a province or metropolitan city.
 */
final class PostalAddresses {
    private static final Pattern CODE = Pattern.compile("[0-9]{5}");
    /** The 17 first-level divisions, short and long forms (Gangwon and Jeonbuk: the names of 2023/2024 too). */
    private static final List<String> REGIONS = List.of("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기",
            "강원", "충북", "충청북도", "충남", "충청남도", "전북", "전라북도", "전남", "전라남도", "경북", "경상북도", "경남", "경상남도", "제주");
    static final int MIN_LENGTH = 8;

    private PostalAddresses() {
    }

    /** The postal code without spaces or a hyphen, or null if it is not a five-digit code. */
    static String code(String postalCode) {
        if (postalCode == null) {
            return null;
        }
        String digits = postalCode.replace("-", "").replace(" ", "").strip();
        return CODE.matcher(digits).matches() ? digits : null;
    }

    static boolean deliverable(String postalCode, String address) {
        if (code(postalCode) == null || address == null) {
            return false;
        }
        String a = address.strip();
        return a.length() >= MIN_LENGTH && REGIONS.stream().anyMatch(a::startsWith);
    }
}
