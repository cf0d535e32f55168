package eu.skills4cities.citycert.application;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationNumbersTest {

    @Test
    void a_number_is_the_year_and_the_sequence_value_in_at_least_six_digits() {
        assertThat(ApplicationNumbers.format(Year.of(2026), 42)).isEqualTo("A-2026-000042");
        assertThat(ApplicationNumbers.format(Year.of(2026), 999_999)).isEqualTo("A-2026-999999");
        assertThat(ApplicationNumbers.format(Year.of(2027), 1_234_567)).isEqualTo("A-2027-1234567");
    }

    @Test
    void the_year_is_the_year_in_utc_whatever_the_clock_zone() {
        // already 2027 in Berlin, still 2026 in UTC
        Clock newYearsEveInBerlin = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Europe/Berlin"));
        assertThat(ApplicationNumbers.next(newYearsEveInBerlin, 7)).isEqualTo("A-2026-000007");
    }

    @Test
    void sequence_values_start_at_one() {
        assertThatThrownBy(() -> ApplicationNumbers.format(Year.of(2026), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_search_for_a_number_starts_with_the_prefix_in_any_case() {
        assertThat(ApplicationNumbers.isNumberSearch("A-2026-0000")).isTrue();
        assertThat(ApplicationNumbers.isNumberSearch("a-2026")).isTrue();
        assertThat(ApplicationNumbers.isNumberSearch("Anna")).isFalse();
        assertThat(ApplicationNumbers.isNumberSearch("2026-000042")).isFalse();
        assertThat(ApplicationNumbers.isNumberSearch(null)).isFalse();
    }
}
