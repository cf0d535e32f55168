package eu.skills4cities.citycert.demo;

import java.time.LocalDate;
import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.UnitExamResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data includes a candidate certified through the real process, with role and unit certificates. */
@CityCertSpringTest
@TestPropertySource(properties = "citycert.demo.certified-holder=true")
class DemoDataTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    ApplicationService applications;
    @Autowired
    DemoDataLoader loader;

    @Autowired
    ExamSessions exams;

    final CurrentUser holder = CurrentUser.of(DemoCertificates.HOLDER, Role.CANDIDATE);

    @Test
    void the_demo_holder_holds_a_role_certificate_and_two_unit_certificates() {
        List<CertificateInfo> held = certificates.mine(holder);

        assertThat(held).extracting(CertificateInfo::roleCode, CertificateInfo::unitCode).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("SCPD", null),
                org.assertj.core.groups.Tuple.tuple("SCPM", "SCPM-U1"),
                org.assertj.core.groups.Tuple.tuple("SCPM", "SCPM-U2"));
        assertThat(held).allSatisfy(c -> {
            assertThat(c.holderName()).isEqualTo("Hana Holder");
            assertThat(c.status(LocalDate.now())).isEqualTo(CertificateStatus.ACTIVE);
        });
        CertificateInfo role = held.stream().filter(c -> c.unitCode() == null).findFirst().orElseThrow();
        assertThat(certificates.units(role.id())).extracting(CertifiedUnit::code)
                .containsExactly("SCPD-U1", "SCPD-U2", "SCPD-U3", "SCPD-U4", "SCPD-U5");
        assertThat(applications.details(role.applicationId()).status()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(exams.results(holder, role.applicationId())).as("SCPD's route includes the exam: she sat it")
                .extracting(UnitExamResult::unitCode)
                .containsExactly("SCPD-U1", "SCPD-U2", "SCPD-U3", "SCPD-U4", "SCPD-U5");
        assertThat(exams.results(holder, role.applicationId()))
                .allSatisfy(result -> assertThat(result.correct()).isEqualTo(result.items()).isPositive());
        CertificateInfo unit = held.stream().filter(c -> c.unitCode() != null).findFirst().orElseThrow();
        assertThat(applications.details(unit.applicationId()).status()).isEqualTo(ApplicationStatus.PARTIALLY_CERTIFIED);
    }

    @Test
    void a_second_start_adds_nothing() throws Exception {
        List<String> before = certificates.mine(holder).stream().map(CertificateInfo::number).toList();

        loader.run(new DefaultApplicationArguments());

        assertThat(certificates.mine(holder)).extracting(CertificateInfo::number).containsExactlyInAnyOrderElementsOf(before);
    }
}
