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
    void aMistypedCharacterIsCaught() {
        String key = generator.next();
        char wrong = key.charAt(5) == '7' ? '8' : '7';
        String typo = key.substring(0, 5) + wrong + key.substring(6);
        assertThat(generator.isWellFormed(typo)).isFalse();
    }

    @Test
    void keysDoNotRepeatInPractice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(generator.next())).isTrue();
        }
    }
}
