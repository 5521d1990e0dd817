package kr.crm.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a run does with a card it cannot take: it reports it and goes on. */
class TallyTest {

    private static RemoteCard card(String href, String uid) {
        return new RemoteCard(href, "\"e1\"", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + uid + "\r\nFN:김하늘\r\n"
                + "TEL:010-4411-2233\r\nEND:VCARD\r\n", Instant.EPOCH);
    }

    @Test
    void aCardWithAUidLongerThanTheLedgerKeepsIsReportedAndSkipped() {
        Tally tally = new Tally();
        assertThat(tally.parsed(card("/u/book/a.vcf", "u".repeat(300)))).isNull();
        assertThat(tally.groupware[Tally.ERRORS]).isEqualTo(1);
        assertThat(tally.problems).singleElement().asString().contains("/u/book/a.vcf", "UID", "skipped");
    }

    @Test
    void aCardWithAnOverlongHrefIsReportedWithItsHrefShortened() {
        Tally tally = new Tally();
        assertThat(tally.parsed(card("/u/book/" + "h".repeat(700) + ".vcf", "u1"))).isNull();
        assertThat(tally.problems).singleElement().asString().contains("href").hasSizeLessThan(200);
    }

    @Test
    void anOrdinaryCardIsParsed() {
        Tally tally = new Tally();
        assertThat(tally.parsed(card("/u/book/b.vcf", "u2")).getFormattedName().getValue()).isEqualTo("김하늘");
        assertThat(tally.problems).isEmpty();
    }
}
