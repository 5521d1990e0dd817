package kr.crm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import kr.crm.api.common.ResidentNumbers;
import kr.crm.api.order.PartyIdentity;
import org.junit.jupiter.api.Test;

class NewCustomerDraftsTest {
    private final DefaultIdentityNormalizer normalizer = new DefaultIdentityNormalizer();

    private String keyOf(String source, String name, String phone) {
        PartyIdentity party = new PartyIdentity(null, name, phone, null, null, null, null, null);
        return NewCustomerDrafts.idempotencyKey(source, Probe.of(party, normalizer));
    }

    @Test
    void aPartyWhoseHexDigestReadAsAResidentNumberGetsAKeyTheCustomerMasterKeeps() {
        // in hexadecimal this party's key held "4105236807085", a registration number the master refuses
        String key = keyOf("gs-shop", "김민지", "010-0002-6085");

        assertThat(ResidentNumbers.contains(key)).isFalse();
        assertThat(key).startsWith("party:").hasSizeLessThanOrEqualTo(100).doesNotContainPattern("[0-9]");
    }

    @Test
    void theSamePartyGetsTheSameKeyAndAnotherPartyAnother() {
        assertThat(keyOf("gs-shop", "김민지", "010-1234-5678")).isEqualTo(keyOf("gs-shop", "김민지", "01012345678"))
                .isNotEqualTo(keyOf("gs-shop", "김민지", "010-1234-5679"))
                .isNotEqualTo(keyOf("cj-mall", "김민지", "010-1234-5678"));
    }
}
