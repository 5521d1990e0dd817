package kr.crm.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyGeneratorTest {
    private final KeyGenerator generator = new KeyGenerator('C');

    @Test
    void keysHavePrefixShapeAndValidCheckCharacter() {
        for (int i = 0; i < 1000; i++) {
            String key = generator.next();
            assertThat(key).matches("C[0-9A-HJKMNP-TV-Z]{11}");
            assertThat(generator.isWellFormed(key)).isTrue();
        }
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int k = 0; k < 200; k++) {
            String key = generator.next();
            for (int pos = 1; pos < key.length(); pos++) {
                for (char c : alphabet.toCharArray()) {
                    if (c != key.charAt(pos)) {
                        String typo = key.substring(0, pos) + c + key.substring(pos + 1);
                        assertThat(generator.isWellFormed(typo)).as(typo).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void aForeignOrShortKeyIsNotWellFormed() {
        assertThat(generator.isWellFormed("P" + generator.next().substring(1))).isFalse();
        assertThat(generator.isWellFormed("C123")).isFalse();
        assertThat(generator.isWellFormed(null)).isFalse();
    }

    @Test
    void keysDoNotRepeatInPractice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(generator.next())).isTrue();
        }
    }
}
