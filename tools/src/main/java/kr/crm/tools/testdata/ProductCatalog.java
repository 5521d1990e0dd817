package kr.crm.tools.testdata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed catalogue of products with list price (KRW) and margin rate: consumer goods for persons,
 * industrial and office supplies for companies (which also buy some consumer goods).
 */
final class ProductCatalog {
    /** One product; margin = amount * marginRate, rounded. */
    record Product(String code, String name, String category, long unitPrice, double marginRate) {
    }

    static final List<Product> CONSUMER = List.of(
        new Product("FD-1001", "유기농 쌀 10kg", "식품", 42_000, 0.18),
        new Product("FD-1002", "한우 선물세트 1.2kg", "식품", 159_000, 0.22),
        new Product("FD-1003", "포기김치 5kg", "식품", 38_900, 0.20),
        new Product("FD-1004", "홍삼정 240g", "식품", 98_000, 0.35),
        new Product("FD-1005", "제주 감귤 5kg", "식품", 27_900, 0.15),
        new Product("LV-2001", "주방세제 리필 1.2L", "생활용품", 6_900, 0.30),
        new Product("LV-2002", "극세사 이불 퀸", "생활용품", 89_000, 0.40),
        new Product("LV-2003", "스테인리스 냄비 세트", "생활용품", 129_000, 0.33),
        new Product("LV-2004", "호텔 수건 10매", "생활용품", 35_000, 0.38),
        new Product("EL-3001", "무선 청소기", "가전", 459_000, 0.12),
        new Product("EL-3002", "공기청정기 40평형", "가전", 389_000, 0.14),
        new Product("EL-3003", "전기밥솥 6인용", "가전", 219_000, 0.13),
        new Product("EL-3004", "에어프라이어 5.5L", "가전", 99_000, 0.16),
        new Product("AP-4001", "남성 캐시미어 코트", "의류", 398_000, 0.45),
        new Product("AP-4002", "여성 니트 가디건", "의류", 79_000, 0.42),
        new Product("AP-4003", "아동 패딩 점퍼", "의류", 119_000, 0.40),
        new Product("CS-5001", "수분 크림 50ml", "화장품", 45_000, 0.55),
        new Product("CS-5002", "선크림 SPF50+", "화장품", 23_000, 0.50),
        new Product("CS-5003", "에센스 기획세트", "화장품", 132_000, 0.52));
    static final List<Product> BUSINESS = List.of(
        new Product("IN-6001", "베어링 6205ZZ", "산업자재", 4_800, 0.20),
        new Product("IN-6002", "육각볼트 M8 (100개입)", "산업자재", 12_500, 0.25),
        new Product("IN-6003", "산업용 코팅장갑 (10켤레)", "산업자재", 9_900, 0.28),
        new Product("IN-6004", "유압 호스 1m", "산업자재", 27_000, 0.22),
        new Product("IN-6005", "포장용 스트레치 필름", "산업자재", 18_000, 0.18),
        new Product("OF-7001", "A4 복사용지 (2500매)", "사무용품", 24_900, 0.12),
        new Product("OF-7002", "레이저 토너 카트리지", "사무용품", 89_000, 0.20),
        new Product("OF-7003", "사무용 의자", "사무용품", 159_000, 0.25),
        new Product("OF-7004", "서류 보관함 5단", "사무용품", 67_000, 0.23));

    private ProductCatalog() {
    }

    /** A product a customer of this kind would buy. */
    static Product pick(Kind kind, SplittableRandom r) {
        List<Product> list = kind == Kind.COMPANY && r.nextDouble() < 0.85 ? BUSINESS : CONSUMER;
        return list.get(r.nextInt(list.size()));
    }

    /** A quantity: mostly 1 for persons, 1-100 (often round) for companies. */
    static int quantity(Kind kind, SplittableRandom r) {
        if (kind == Kind.PERSON) {
            return r.nextDouble() < 0.8 ? 1 : 2 + r.nextInt(3);
        }
        return r.nextBoolean() ? 1 + r.nextInt(20) : 10 * (1 + r.nextInt(10));
    }
}
