package kr.crm.tools.testdata;

/**
 * Probabilities (each 0..1) that shape the population of true customers and the way channels spell
 * them. Customer-level shares are drawn once per customer; operators once per channel record.
 *
 * @param companyShare customers that are companies
 * @param latinNameShare persons whose canonical name is in Latin letters ({@code Kim Minjun})
 * @param twinShare customers made to collide with an earlier, different one: same person name
 *     (different phone), or same company stem in another region (different BRN)
 * @param phoneRespell phone in one of the other spellings ({@code 010-1234-5678},
 *     {@code +82 10 1234 5678}, {@code (031)123-4567}, ...) instead of digits only
 * @param brnHyphen BRN as {@code 123-45-67890} instead of 10 digits
 * @param legalFormRespell company legal form spelled another way ({@code (주)X}, {@code ㈜X},
 *     {@code X(주)}, dropped, ...), stem sometimes spaced ({@code (주) 한빛 정밀})
 * @param nameSpacing blanks inside or around the name ({@code 김 민준}, {@code " 김민준 "})
 * @param latinRespell a Hangul person name written in Latin letters by the channel
 * @param emailCaseSpace e-mail with upper-case letters and/or surrounding blanks
 * @param nameTypo one Hangul syllable replaced by a similar one
 * @param phoneTypo one phone digit wrong, so the phone is a different number
 * @param missingPhone phone left out (never together with all other identity keys)
 * @param missingEmail e-mail left out (never together with all other identity keys)
 * @param noIdentity record without any identity key: name only, or nothing
 * @param erpDuplicateCode an erp record under a second host customer number (duplicate master row)
 * @param addressRespell region in a short form ({@code 서울특별시} as {@code 서울} or {@code 서울시})
 */
public record Variation(double companyShare, double latinNameShare, double twinShare,
        double phoneRespell, double brnHyphen, double legalFormRespell, double nameSpacing,
        double latinRespell, double emailCaseSpace, double nameTypo, double phoneTypo,
        double missingPhone, double missingEmail, double noIdentity, double erpDuplicateCode,
        double addressRespell) {

    /** Checks that every value is a probability. */
    public Variation {
        double[] all = {companyShare, latinNameShare, twinShare, phoneRespell, brnHyphen,
            legalFormRespell, nameSpacing, latinRespell, emailCaseSpace, nameTypo, phoneTypo,
            missingPhone, missingEmail, noIdentity, erpDuplicateCode, addressRespell};
        for (double p : all) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("not a probability: " + p);
            }
        }
    }

    /** Realistic defaults: most records vary somehow, 2% have typos, 2% have no identity. */
    public static Variation defaults() {
        return new Variation(0.20, 0.02, 0.03, 0.70, 0.50, 0.60, 0.15, 0.02, 0.20, 0.02, 0.01,
                0.10, 0.30, 0.02, 0.10, 0.30);
    }

    /**
     * The default population, but every record spells its customer's canonical values exactly
     * (no operator, nothing missing).
     */
    public static Variation exact() {
        Variation d = defaults();
        return new Variation(d.companyShare, d.latinNameShare, d.twinShare, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0);
    }

    /** A copy with the given typo probabilities. */
    public Variation withTypos(double name, double phone) {
        return new Variation(companyShare, latinNameShare, twinShare, phoneRespell, brnHyphen,
                legalFormRespell, nameSpacing, latinRespell, emailCaseSpace, name, phone,
                missingPhone, missingEmail, noIdentity, erpDuplicateCode, addressRespell);
    }

    /** A copy with the given share of records without identity. */
    public Variation withNoIdentity(double share) {
        return new Variation(companyShare, latinNameShare, twinShare, phoneRespell, brnHyphen,
                legalFormRespell, nameSpacing, latinRespell, emailCaseSpace, nameTypo, phoneTypo,
                missingPhone, missingEmail, share, erpDuplicateCode, addressRespell);
    }

    /** A copy with the given customer-level shares. */
    public Variation withPopulation(double companies, double latinNames, double twins) {
        return new Variation(companies, latinNames, twins, phoneRespell, brnHyphen,
                legalFormRespell, nameSpacing, latinRespell, emailCaseSpace, nameTypo, phoneTypo,
                missingPhone, missingEmail, noIdentity, erpDuplicateCode, addressRespell);
    }
}
