package eu.skills4cities.citycert.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and times read as the locale writes them: a 24-hour clock where the locale uses one. */
class DateDisplayTest {

    private static final Instant EVENING = Instant.parse("2026-12-01T21:16:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void british_english_reads_a_24_hour_clock() {
        assertThat(DateDisplay.dateTime(EVENING, Locale.forLanguageTag("en-GB"), UTC))
                .isEqualTo("1 Dec 2026, 21:16").doesNotContain("PM");
    }

    @Test
    void american_english_reads_a_12_hour_clock() {
        assertThat(DateDisplay.dateTime(EVENING, Locale.US, UTC).replace('\u202f', ' '))
                .isEqualTo("Dec 1, 2026, 9:16 PM");
    }

    @Test
    void german_reads_a_24_hour_clock() {
        assertThat(DateDisplay.dateTime(EVENING, Locale.GERMAN, UTC)).isEqualTo("01.12.2026, 21:16");
    }

    @Test
    void the_time_is_the_one_of_the_zone_given() {
        assertThat(DateDisplay.dateTime(EVENING, Locale.forLanguageTag("en-GB"), ZoneId.of("Europe/Sofia")))
                .isEqualTo("1 Dec 2026, 23:16");
    }

    @Test
    void dates_follow_the_locale_and_nothing_shows_for_no_date() {
        assertThat(DateDisplay.date(LocalDate.of(2026, 12, 1), Locale.GERMAN)).isEqualTo("01.12.2026");
        assertThat(DateDisplay.date(LocalDate.of(2026, 12, 1), Locale.forLanguageTag("en-GB"))).isEqualTo("1 Dec 2026");
        assertThat(DateDisplay.date(null, Locale.GERMAN)).isEmpty();
        assertThat(DateDisplay.dateTime(null, Locale.GERMAN, UTC)).isEmpty();
    }

    @Test
    void a_locale_without_a_region_outside_a_browser_session_stays_as_it_is() {
        assertThat(DateDisplay.regional(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(DateDisplay.regional(Locale.forLanguageTag("en-GB"))).isEqualTo(Locale.forLanguageTag("en-GB"));
    }
}
