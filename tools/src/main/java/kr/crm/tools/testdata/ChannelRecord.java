package kr.crm.tools.testdata;

/**
 * A customer as ONE channel spelled it on one occasion (one order, one sign-up): the input a
 * matcher sees, plus {@code trueId}, the ground truth a matcher must not look at. Absent values are
 * null. Spellings vary as {@link Variation} configures: phone and BRN formats, legal-form
 * spellings, spacing, e-mail case, typos, missing fields.
 *
 * @param trueId ground truth: the {@link TrueCustomer} this record was spelled from
 * @param source channel name, one of {@link Channels#NAMES}
 * @param recordNo number of the record within its source, from 1
 * @param kind person or company as the channel knows it
 * @param name name as spelled by the channel
 * @param phone phone as spelled by the channel
 * @param email e-mail as spelled by the channel (case and surrounding blanks may vary)
 * @param businessRegistrationNumber BRN with or without hyphens
 * @param hostCustomerNo the host ERP's customer number; only for source {@code erp}
 * @param address road address as spelled by the channel
 * @param postalCode 5 digits
 */
public record ChannelRecord(String trueId, String source, long recordNo, Kind kind, String name,
        String phone, String email, String businessRegistrationNumber, String hostCustomerNo,
        String address, String postalCode) {

    /** {@code source:recordNo}, unique within a data set. */
    public String recordId() {
        return source + ":" + recordNo;
    }

    /**
     * Whether the record carries a usable identity key: a phone, an e-mail, a BRN or a host
     * customer number. Records without one (name only, or nothing) should be rejected by a matcher.
     */
    public boolean hasIdentity() {
        return present(phone) || present(email) || present(businessRegistrationNumber)
                || present(hostCustomerNo);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
