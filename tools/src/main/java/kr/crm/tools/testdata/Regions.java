package kr.crm.tools.testdata;

import java.util.SplittableRandom;

/**
 * The 17 Korean regions (시/도) with their full and short names, landline area code, postal-code
 * range and some districts (시/군/구), weighted by population; and road addresses within them.
 */
final class Regions {
    /** One region; postal codes start with two digits in {@code [postalFrom, postalTo]}. */
    record Region(String shortName, String fullName, String cityForm, String areaCode,
            int postalFrom, int postalTo, double weight, String[] districts) {
    }

    /** An address, its postal code and the short region name. */
    record Address(String address, String postalCode, String region) {
    }

    static final Region[] ALL = {
        new Region("서울", "서울특별시", "서울시", "02", 1, 9, 18.6,
            new String[] {"강남구", "서초구", "송파구", "마포구", "종로구", "영등포구", "노원구", "관악구"}),
        new Region("경기", "경기도", "경기", "031", 10, 18, 26.4,
            new String[] {"수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시",
                "부천시", "안산시 단원구", "평택시"}),
        new Region("인천", "인천광역시", "인천시", "032", 21, 23, 5.8,
            new String[] {"남동구", "연수구", "부평구", "서구"}),
        new Region("강원", "강원특별자치도", "강원도", "033", 24, 26, 2.9,
            new String[] {"춘천시", "원주시", "강릉시"}),
        new Region("충북", "충청북도", "충북", "043", 27, 29, 3.1,
            new String[] {"청주시 흥덕구", "충주시", "제천시"}),
        new Region("세종", "세종특별자치시", "세종시", "044", 30, 30, 0.8, new String[] {""}),
        new Region("충남", "충청남도", "충남", "041", 31, 33, 4.1,
            new String[] {"천안시 서북구", "아산시", "당진시", "서산시"}),
        new Region("대전", "대전광역시", "대전시", "042", 34, 35, 2.8,
            new String[] {"유성구", "서구", "중구"}),
        new Region("경북", "경상북도", "경북", "054", 36, 40, 5.0,
            new String[] {"포항시 남구", "구미시", "경산시", "안동시"}),
        new Region("대구", "대구광역시", "대구시", "053", 41, 43, 4.6,
            new String[] {"수성구", "달서구", "북구", "동구"}),
        new Region("울산", "울산광역시", "울산시", "052", 44, 45, 2.2,
            new String[] {"남구", "중구", "울주군"}),
        new Region("부산", "부산광역시", "부산시", "051", 46, 49, 6.4,
            new String[] {"해운대구", "부산진구", "사하구", "동래구", "강서구"}),
        new Region("경남", "경상남도", "경남", "055", 50, 53, 6.3,
            new String[] {"창원시 성산구", "김해시", "양산시", "진주시"}),
        new Region("전북", "전북특별자치도", "전라북도", "063", 54, 56, 3.4,
            new String[] {"전주시 완산구", "익산시", "군산시"}),
        new Region("전남", "전라남도", "전남", "061", 57, 60, 3.5,
            new String[] {"여수시", "순천시", "목포시", "나주시"}),
        new Region("광주", "광주광역시", "광주시", "062", 61, 62, 2.8,
            new String[] {"서구", "북구", "광산구"}),
        new Region("제주", "제주특별자치도", "제주도", "064", 63, 63, 1.3,
            new String[] {"제주시", "서귀포시"}),
    };
    private static final double[] WEIGHTS = new double[ALL.length];
    private static final String[] ROADS = {"중앙로", "번영로", "시청로", "공단로", "산업로", "대학로",
        "평화로", "희망로", "문화로", "새마을로", "동부로", "서부로", "역전로", "충효로"};

    static {
        for (int i = 0; i < ALL.length; i++) {
            WEIGHTS[i] = ALL[i].weight();
        }
    }

    private Regions() {
    }

    /** A region index, weighted by population. */
    static int pick(SplittableRandom r) {
        return Rngs.weighted(r, WEIGHTS);
    }

    /** A region index other than {@code other}. */
    static int pickOther(int other, SplittableRandom r) {
        return (other + 1 + r.nextInt(ALL.length - 1)) % ALL.length;
    }

    /** A road address in the region, e.g. {@code 경기도 성남시 분당구 번영로12번길 7}. */
    static Address address(int regionIndex, SplittableRandom r) {
        Region region = ALL[regionIndex];
        String district = Rngs.pick(r, region.districts());
        String road = Rngs.pick(r, ROADS);
        if (r.nextDouble() < 0.4) {
            road = road + (1 + r.nextInt(80)) + "번길";
        }
        String place = district.isEmpty() ? region.fullName() : region.fullName() + " " + district;
        String address = place + " " + road + " " + (1 + r.nextInt(300));
        int prefix = region.postalFrom() + r.nextInt(region.postalTo() - region.postalFrom() + 1);
        return new Address(address, String.format("%02d%03d", prefix, r.nextInt(1000)),
                region.shortName());
    }

    /** The address with its region in a short form ({@code 서울 ...} or {@code 서울시 ...}). */
    static String respell(String address, SplittableRandom r) {
        for (Region region : ALL) {
            if (address.startsWith(region.fullName() + " ")) {
                String form = r.nextBoolean() ? region.shortName() : region.cityForm();
                return form + address.substring(region.fullName().length());
            }
        }
        return address;
    }
}
