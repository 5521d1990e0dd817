package kr.crm.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnniversariesTest {

    @Test
    void the29thOfFebruaryIsKeptOnThe28thInYearsWithoutIt() {
        assertThat(Anniversaries.alsoFeb29(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(Anniversaries.alsoFeb29(LocalDate.of(2100, 2, 28))).as("2100 is no leap year").isTrue();
    }

    @Test
    void inALeapYearThe29thHasItsOwnDay() {
        assertThat(Anniversaries.alsoFeb29(LocalDate.of(2028, 2, 28))).isFalse();
        assertThat(Anniversaries.alsoFeb29(LocalDate.of(2000, 2, 28))).as("2000 is a leap year").isFalse();
        assertThat(Anniversaries.alsoFeb29(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(Anniversaries.alsoFeb29(LocalDate.of(2026, 2, 27))).isFalse();
    }

    @Test
    void theOccasionIsTheYearSoEachYearHasOneGreeting() {
        assertThat(Anniversaries.occasion(LocalDate.of(2026, 12, 7))).isEqualTo("2026");
        assertThat(Anniversaries.occasion(LocalDate.of(2027, 12, 7))).isEqualTo("2027");
    }
}
