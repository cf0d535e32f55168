package eu.skills4cities.citycert.certificate;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateNumbersTest {

    @Test
    void numbers_have_the_documented_shape_and_pass_their_own_check() {
        String number = CertificateNumbers.next(2026);

        assertThat(number).matches("CC-2026-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(CertificateNumbers.isWellFormed(number)).isTrue();
    }

    @Test
    void every_single_mistyped_character_fails_the_check() {
        for (int sample = 0; sample < 50; sample++) {
            String number = CertificateNumbers.next(2026);
            for (int position : new int[] {8, 9, 10, 11, 13, 14, 15, 16}) {
                for (char other : CertificateNumbers.ALPHABET.toCharArray()) {
                    if (other == number.charAt(position)) {
                        continue;
                    }
                    String typo = number.substring(0, position) + other + number.substring(position + 1);
                    assertThat(CertificateNumbers.isWellFormed(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @Test
    void malformed_numbers_are_refused() {
        assertThat(CertificateNumbers.isWellFormed(null)).isFalse();
        assertThat(CertificateNumbers.isWellFormed("CC-2026-ABCD")).isFalse();
        assertThat(CertificateNumbers.isWellFormed("CC-2026-ABCD-EFGI")).as("I is not in the alphabet").isFalse();
    }

    @Test
    void numbers_do_not_repeat() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            numbers.add(CertificateNumbers.next(2026));
        }
        assertThat(numbers).hasSize(1_000);
    }
}
