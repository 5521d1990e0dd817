package kr.crm.tools.testdata;

/**
 * One real customer: the ground truth every {@link ChannelRecord} is spelled from. All values are
 * synthetic. Values are canonical: the phone as digits only, the BRN as 10 digits with a valid
 * check digit, a company name as {@code 주식회사 X} or {@code 유한회사 X}.
 *
 * <p>Phones, e-mails and BRNs are unique across the customers of one generator (up to
 * {@link TestDataGenerator#MAX_CUSTOMERS}); names are not: common names repeat naturally, and
 * {@code twinOf} marks customers that were made to collide with an earlier one on purpose.
 *
 * @param trueId ground-truth id, {@code T0000001} for index 0
 * @param kind person or company
 * @param name canonical name: Hangul ({@code 김민준}), for a few persons Latin ({@code Kim Minjun}),
 *     for companies legal form and stem ({@code 주식회사 한빛정밀})
 * @param phone digits only, {@code 01012345678} or {@code 0311234567}
 * @param email lower case
 * @param businessRegistrationNumber 10 digits; every company has one, a few persons (sole
 *     proprietors) too, otherwise null
 * @param address road address ({@code 경기도 성남시 분당구 중앙로 12})
 * @param postalCode 5 digits, prefix matching the region
 * @param region short region name ({@code 서울}, {@code 경기}, {@code 부산}, ...)
 * @param twinOf trueId of the different, earlier customer this one shares its name (persons) or
 *     company stem (companies, in another region) with on purpose; null for most
 */
public record TrueCustomer(String trueId, Kind kind, String name, String phone, String email,
        String businessRegistrationNumber, String address, String postalCode, String region,
        String twinOf) {

    /** The ground-truth id of the customer with the given 0-based index. */
    public static String trueIdOf(int index) {
        return String.format("T%07d", index + 1);
    }
}
