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
