package eu.skills4cities.citycert.certificate.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.privacy.PersonalDataService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A holder who deletes their account takes their statements on suspensions with them; the decisions stay. */
@CityCertSpringTest
class LifecyclePrivacyTest {

    @Autowired
    TestCertificates certificates;
    @Autowired
    CertificateRegister register;
    @Autowired
    Suspensions suspensions;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void deleting_the_account_erases_the_statements_and_their_documents() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = certificates.issue();
        CurrentUser holder = new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE));
        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Complaint.", true);
        suspensions.submit(holder, certificate.number(), "My side of it.", List.of(new Suspensions.NewDocument(
                "letter.pdf", "application/pdf", "%PDF-1.7 letter".getBytes(StandardCharsets.US_ASCII))));
        assertThat(suspensions.open(officer, certificate.number()).orElseThrow().statements()).hasSize(1);

        personalData.deleteAccount(holder, holder.username());

        assertThat(suspensions.open(officer, certificate.number()).orElseThrow().statements()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_statement WHERE author = ?").param(holder.username())
                .query(Long.class).single()).isZero();
        assertThat(register.history(officer, certificate.number())).as("the decision stays").hasSize(1);
    }
}
