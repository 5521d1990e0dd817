package kr.crm.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QuietWatchTest {
    private static final long START = 1_000_000_000L;

    private static long seconds(double s) {
        return START + (long) (s * TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void theFirstCountSeenCountsAsAChange() {
        QuietWatch watch = new QuietWatch();
        assertThat(watch.quiet(7, seconds(100))).isFalse();
        assertThat(watch.quiet(7, seconds(101.9))).isFalse();
        assertThat(watch.quiet(7, seconds(102))).isTrue();
    }

    @Test
    void aChangeIsQuietOnlyTwoSecondsAfterItWasSeen() {
        QuietWatch watch = new QuietWatch();
        watch.quiet(7, seconds(0));
        assertThat(watch.quiet(7, seconds(10))).isTrue();
        assertThat(watch.quiet(8, seconds(11))).isFalse();
        assertThat(watch.quiet(8, seconds(12.5))).isFalse();
        assertThat(watch.quiet(9, seconds(12.9))).as("a second change starts the wait again").isFalse();
        assertThat(watch.quiet(9, seconds(14.8))).isFalse();
        assertThat(watch.quiet(9, seconds(14.9))).isTrue();
    }
}
