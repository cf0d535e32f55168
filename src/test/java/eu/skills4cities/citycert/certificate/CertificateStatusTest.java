package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final UUID LATER = UUID.randomUUID();

    @Test
    void a_valid_certificate_nobody_acted_on_is_active_through_its_last_day() {
        assertThat(CertificateStatus.of("ACTIVE", null, TODAY, TODAY)).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(CertificateStatus.of("ACTIVE", null, TODAY.minusDays(1), TODAY)).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void validity_ends_the_day_before_the_same_date_in_the_last_month() {
        // issued on 1 December 2026 for 24 months: valid through 30 November 2028
        LocalDate validUntil = CertificateService.validUntil(LocalDate.of(2026, 12, 1), 24);
        assertThat(validUntil).isEqualTo(LocalDate.of(2028, 11, 30));
        assertThat(CertificateStatus.of("ACTIVE", null, validUntil, LocalDate.of(2028, 11, 30))).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(CertificateStatus.of("ACTIVE", null, validUntil, LocalDate.of(2028, 12, 1))).isEqualTo(CertificateStatus.EXPIRED);
        // the calendar decides at the end of a month
        assertThat(CertificateService.validUntil(LocalDate.of(2027, 1, 31), 1)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(CertificateService.validUntil(LocalDate.of(2027, 1, 28), 1)).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(CertificateService.validUntil(LocalDate.of(2027, 3, 1), 12)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(CertificateService.validUntil(LocalDate.of(2028, 2, 29), 12)).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void withdrawal_and_suspension_come_before_supersession_and_expiry() {
        assertThat(CertificateStatus.of("WITHDRAWN", LATER, TODAY.minusYears(1), TODAY)).isEqualTo(CertificateStatus.WITHDRAWN);
        assertThat(CertificateStatus.of("SUSPENDED", LATER, TODAY.minusYears(1), TODAY)).isEqualTo(CertificateStatus.SUSPENDED);
    }

    @Test
    void supersession_comes_before_expiry() {
        assertThat(CertificateStatus.of("ACTIVE", LATER, TODAY.minusYears(1), TODAY)).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(CertificateStatus.of("ACTIVE", LATER, TODAY.plusYears(1), TODAY)).isEqualTo(CertificateStatus.SUPERSEDED);
    }
}
