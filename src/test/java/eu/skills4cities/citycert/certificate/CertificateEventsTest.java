package eu.skills4cities.citycert.certificate;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate module says what happened to a certificate: issued, suspended, reinstated, withdrawn. */
@CityCertSpringTest
@RecordApplicationEvents
class CertificateEventsTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateRegister register;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationEvents events;

    @Test
    void issuing_publishes_one_event_per_certificate_and_a_retried_issuance_none() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(holder, TestDocuments.application("SCPD"));

        CertificateInfo certificate = certificates.issue(application.id()).get(0);
        certificates.issue(application.id());

        assertThat(events.stream(CertificateIssued.class)).singleElement().isEqualTo(new CertificateIssued(
                certificate.id(), certificate.number(), application.id(), holder.username(), "SCPD", null,
                certificate.issuedOn(), certificate.validUntil()));
    }

    @Test
    void each_register_decision_publishes_its_event_with_the_reason_and_the_officer() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = certificates.issue(
                applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);

        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Evidence under review.", true);
        register.decide(officer, certificate.number(), StatusDecision.REINSTATE, "The evidence was confirmed.", true);
        register.decide(officer, certificate.number(), StatusDecision.WITHDRAW, "Forged reference letter.", true);

        assertThat(events.stream(CertificateSuspended.class)).singleElement().satisfies(suspended -> {
            assertThat(suspended.certificateId()).isEqualTo(certificate.id());
            assertThat(suspended.number()).isEqualTo(certificate.number());
            assertThat(suspended.holder()).isEqualTo(holder.username());
            assertThat(suspended.reason()).isEqualTo("Evidence under review.");
            assertThat(suspended.decidedBy()).isEqualTo(officer.username());
            assertThat(suspended.at()).isNotNull();
        });
        assertThat(events.stream(CertificateReinstated.class)).singleElement()
                .satisfies(reinstated -> assertThat(reinstated.reason()).isEqualTo("The evidence was confirmed."));
        assertThat(events.stream(CertificateWithdrawn.class)).singleElement()
                .satisfies(withdrawn -> assertThat(withdrawn.reason()).isEqualTo("Forged reference letter."));
    }
}
