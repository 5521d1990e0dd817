package kr.crm.api.identity;

import java.util.List;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityRow;
import org.osgi.annotation.versioning.ProviderType;

/** Folds what identifies a customer to one canonical form, Korean spellings first. */
@ProviderType
public interface IdentityNormalizer {

    /**
     * Korean mobile and landline numbers in every usual spelling ({@code 010-1234-5678},
     * {@code 01012345678}, {@code +82 10 1234 5678}, {@code 02-123-4567}, {@code (031)123-4567})
     * to digits with the leading 0 ({@code 01012345678}).
     */
    Normalized phone(String entered);

    /** Trimmed and lower-cased; valid if shaped like an address. */
    Normalized email(String entered);

    /**
     * 사업자등록번호 with or without hyphens to its 10 digits; valid if the National Tax Service
     * check digit is right.
     */
    Normalized businessRegistrationNumber(String entered);

    /**
     * A Korean postal address folded for matching: the province in its short form
     * ({@code 경기도} and {@code 경기} alike, {@code 서울특별시} and {@code 서울} alike) and spacing
     * removed. Valid if it has a building number.
     */
    Normalized address(String entered);

    /**
     * A person or company name folded for matching: Unicode NFKC, lower case, company-form marks
     * ({@code (주)}, {@code 주식회사}, {@code ㈜}, {@code (유)}, {@code 유한회사}) and all spacing
     * removed. Null for a blank name.
     */
    String nameKey(String entered);

    /**
     * The identity-index rows that {@code source} gives for a customer: every identifying value
     * of the party as entered and canonical, invalid ones flagged.
     */
    List<IdentityRow> indexRows(String customerKey, String source, PartyIdentity party);
}
