package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.signing.SealValidation;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Successor certificates (docs/credentials.md, "Successors"): what a renewal, a recertification or a
 * reduction of scope issues, whoever asks for it. The successor is a certificate in its own right
 * (sealed, credential, lifecycle); the predecessor is superseded everywhere at once (register, status
 * list, lifecycle process, verification) and the chain between them stays readable.
 */
@CityCertSpringTest
class CertificateSuccessorsTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    SigningKeys keys;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MockMvc mvc;
    @Autowired
    CertificateRegister register;
    @Autowired
    CertificateLifecycle lifecycle;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ObjectMapper json;

    CurrentUser holder;
    CertificateInfo first;

    @BeforeEach
    void issue() {
        init(engine);
        holder = accounts.create(Role.CANDIDATE);
        first = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
    }

    @Test
    void a_renewal_issues_a_sealed_successor_whose_validity_continues_and_supersedes_the_predecessor() throws Exception {
        ProcessInstance before = lifecycleOf(first);
        String oldCredential = credential(first);

        CertificateInfo renewed = certificates.issueSuccessor(first.id(), Succession.RENEWAL, null);

        assertThat(renewed.number()).isNotEqualTo(first.number());
        assertThat(renewed.holderUsername()).isEqualTo(holder.username());
        assertThat(renewed.applicationId()).isEqualTo(first.applicationId());
        assertThat(renewed.issuedOn()).isEqualTo(today());
        assertThat(renewed.validUntil()).as("continues the day after the old one's last valid day, for 24 months")
                .isEqualTo(CertificateService.validUntil(first.validUntil().plusDays(1), 24));
        assertThat(certificates.units(renewed.id())).isEqualTo(certificates.units(first.id()));

        CertificateInfo old = certificates.byNumber(first.number()).orElseThrow();
        assertThat(old.supersededBy()).isEqualTo(renewed.id());
        assertThat(old.status(today())).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(renewed.status(today())).isEqualTo(CertificateStatus.ACTIVE);

        // the old process ends, the new certificate has its own
        assertThat(before).isEnded().hasPassed(LifecycleProcess.END_SUPERSEDED);
        assertThat(lifecycleOf(renewed)).isWaitingAt(LifecycleProcess.EVENT_REMINDER_DUE);

        // the successor's seal passes EU DSS with the body's root as the only trust anchor
        SimpleReport report = SealValidation.validate(certificates.pdf(holder, renewed.number()), keys.root().orElseThrow());
        assertThat(report.getIndication(report.getFirstSignatureId())).isEqualTo(Indication.TOTAL_PASSED);

        // the old credential is revoked on its list, the new one verifies
        assertThat(verify(oldCredential).path("statusList").path("revocation").asBoolean()).isTrue();
        assertThat(verify(credential(renewed)).path("outcome").asText()).isEqualTo("VALID");

        // public verification of the old number points to the new one
        JsonNode verified = json.readTree(mvc.perform(get("/api/verify/" + first.number()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(verified.toString()).contains(renewed.number());
    }

    @Test
    void the_chain_reads_the_same_from_every_certificate_in_it() {
        CertificateInfo renewed = certificates.issueSuccessor(first.id(), Succession.RENEWAL, null);
        CertificateInfo again = certificates.issueSuccessor(renewed.id(), Succession.RENEWAL, null);

        for (CertificateInfo member : List.of(first, renewed, again)) {
            CertificateChain chain = certificates.chain(member.number()).orElseThrow();
            assertThat(chain.links()).extracting(CertificateChain.Link::number)
                    .containsExactly(first.number(), renewed.number(), again.number());
            assertThat(chain.originIssuedOn()).isEqualTo(first.issuedOn());
        }
        CertificateChain chain = certificates.chain(again.number()).orElseThrow();
        assertThat(chain.links()).extracting(CertificateChain.Link::succession)
                .containsExactly(null, Succession.RENEWAL, Succession.RENEWAL);
        assertThat(chain.links()).extracting(CertificateChain.Link::status)
                .containsExactly(CertificateStatus.SUPERSEDED, CertificateStatus.SUPERSEDED, CertificateStatus.ACTIVE);
        assertThat(chain.successorsOf(first.number())).extracting(CertificateChain.Link::number)
                .containsExactly(renewed.number());
        assertThat(certificates.chain("CC-1999-000000-X")).isEmpty();
    }

    @Test
    void issuing_a_successor_twice_returns_the_first_and_a_superseded_certificate_has_no_second() {
        CertificateInfo renewed = certificates.issueSuccessor(first.id(), Succession.RENEWAL, null);

        assertThat(certificates.issueSuccessor(first.id(), Succession.RENEWAL, null).number())
                .isEqualTo(renewed.number());
        assertThat(certificates.chain(first.number()).orElseThrow().links()).hasSize(2);
    }

    @Test
    void a_reduction_of_scope_keeps_the_last_valid_day_and_may_leave_unit_certificates() {
        List<CertifiedUnit> units = certificates.units(first.id());
        assertThat(units).hasSizeGreaterThan(2);
        List<CertifiedUnit> kept = units.subList(1, units.size());

        CertificateInfo reduced = certificates.issueSuccessor(first.id(), Succession.SCOPE_REDUCTION, kept);
        assertThat(reduced.validUntil()).isEqualTo(first.validUntil());
        assertThat(reduced.unitCode()).isNull();
        assertThat(certificates.units(reduced.id())).isEqualTo(kept);

        List<CertificateInfo> unitCertificates = certificates.issueSuccessors(reduced.id(), Succession.SCOPE_REDUCTION,
                kept.stream().map(unit -> new SuccessorScope(unit.code(), unit.title(), List.of(unit))).toList());
        assertThat(unitCertificates).extracting(CertificateInfo::unitCode)
                .containsExactlyElementsOf(kept.stream().map(CertifiedUnit::code).toList());
        assertThat(unitCertificates).allSatisfy(unit -> assertThat(unit.validUntil()).isEqualTo(first.validUntil()));
        assertThat(certificates.byNumber(reduced.number()).orElseThrow().supersededBy())
                .isEqualTo(unitCertificates.get(0).id());
        assertThat(certificates.chain(first.number()).orElseThrow().successorsOf(reduced.number())).hasSize(kept.size());
    }

    @Test
    void a_certificate_recertified_after_it_expired_still_says_expired_and_names_its_successor() throws Exception {
        transactions.executeWithoutResult(status -> lifecycle.expire(first.number()));
        assertThat(certificates.byNumber(first.number()).orElseThrow().recordedStatus()).isEqualTo("EXPIRED");

        CertificateInfo recertified = certificates.issueSuccessor(first.id(), Succession.RECERTIFICATION, null);

        JsonNode verified = json.readTree(mvc.perform(get("/api/verify/" + first.number()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(verified.path("status").asText()).isEqualTo("EXPIRED");
        assertThat(verified.path("supersededBy").asText()).isEqualTo(recertified.number());
        assertThat(verified.path("supersededAs").asText()).isEqualTo("RECERTIFICATION");
        assertThat(recertified.validUntil()).as("a recertification starts a new validity today")
                .isEqualTo(CertificateService.validUntil(today(), 24));
    }

    @Test
    void a_withdrawn_certificate_has_no_successor() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        register.decide(officer, first.number(), StatusDecision.WITHDRAW, "Forged evidence.", true);

        assertThatThrownBy(() -> certificates.issueSuccessor(first.id(), Succession.RENEWAL, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("WITHDRAWN");
        assertThat(certificates.chain(first.number()).orElseThrow().links()).hasSize(1);
    }

    private ProcessInstance lifecycleOf(CertificateInfo certificate) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(certificate.number())
                .singleResult();
    }

    private String credential(CertificateInfo certificate) throws Exception {
        return mvc.perform(get("/api/certificates/" + certificate.number() + "/credential")
                        .with(httpBasic(holder.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode verify(String jwt) throws Exception {
        return json.readTree(mvc.perform(post("/api/verify/credential").contentType(MediaType.TEXT_PLAIN).content(jwt))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
