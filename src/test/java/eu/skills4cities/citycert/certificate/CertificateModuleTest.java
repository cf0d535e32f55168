package eu.skills4cities.citycert.certificate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.certificate.badge.DigitalCredentialService;
import eu.skills4cities.citycert.framework.FrameworkManagement;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate module with only the modules it uses (and the embedded PostgreSQL of
 * {@code database}, and {@code inbox}, whose beans the certification process calls): a certificate issued through the module's service is in its
 * store, with its PDF, its units and its signed credential, and the application is certified.
 */
// database: the embedded PostgreSQL; inbox: the certification process the submission starts names its beans;
// audit: the audit checkpoint's timer start event names its bean when the engine deploys the processes
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"database", "inbox", "audit"})
// its own engine name: engines are registered JVM-wide by name, and other test contexts run in this JVM
@TestPropertySource(properties = "camunda.bpm.process-engine-name=certificate-module-test")
@ActiveProfiles("test")
@Import(TestAccounts.class)
class CertificateModuleTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateStore store;
    @Autowired
    DigitalCredentialService credentials;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    FrameworkManagement frameworks;

    /** Without the demo module there is no sample framework: the small test framework, published once. */
    @BeforeEach
    void publishTheTestFramework() {
        if (!frameworks.exists("TEST-SMALL")) {
            CurrentUser admin = accounts.create(Role.ADMIN);
            frameworks.publish(admin, frameworks.importFile(admin, "small.yaml",
                    TestFrameworks.small().getBytes(StandardCharsets.UTF_8)).id());
        }
    }

    @Test
    void a_certificate_issued_through_the_service_is_in_the_store_with_its_pdf_units_and_credential() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("TSTR"));

        List<CertificateInfo> issued = certificates.issue(application.id());

        assertThat(issued).hasSize(1);
        CertificateInfo certificate = store.byNumber(issued.get(0).number()).orElseThrow();
        assertThat(certificate).isEqualTo(issued.get(0));
        assertThat(certificate.holderUsername()).isEqualTo(candidate.username());
        assertThat(certificate.roleCode()).isEqualTo("TSTR");
        assertThat(certificate.unitCertificate()).isFalse();
        assertThat(certificate.status(LocalDate.now(ZoneOffset.UTC))).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(store.ofHolder(candidate.username())).containsExactly(certificate);
        assertThat(store.units(certificate.id())).extracting(CertifiedUnit::code).containsExactly("TSTR-U1", "TSTR-U2");
        assertThat(new String(store.pdf(certificate.id()), 0, 5)).isEqualTo("%PDF-");
        // the credential was signed while issuing, from the certificate just stored
        String credential = store.lockForCredential(certificate.id()).orElseThrow().credential();
        assertThat(credential).isNotNull().isEqualTo(credentials.ensureIssued(certificate.id()).orElseThrow());
        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.CERTIFIED);
        // issuing again finds it issued
        assertThat(certificates.issue(application.id())).containsExactly(certificate);
    }
}
