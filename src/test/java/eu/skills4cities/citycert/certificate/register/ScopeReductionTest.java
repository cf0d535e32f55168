package eu.skills4cities.citycert.certificate.register;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.Succession;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import eu.skills4cities.citycert.framework.FrameworkManagement;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reduction of scope over the API: an officer withdraws one unit from an active role certificate, with a
 * reason and the declaration; the certificate is superseded at once by a role certificate without the
 * unit when the rest still makes the role, else by unit certificates; same last valid day, holder mailed,
 * the unit no longer held, the decision in the register's history and the audit log, the verification
 * page says "scope reduced". Refusals change nothing.
 */
@CityCertSpringTest
class ScopeReductionTest {

    private static final CurrentUser ADMIN = CurrentUser.of("scope-admin", Role.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    AssessmentService assessments;
    @Autowired
    FrameworkManagement frameworks;
    @Autowired
    MailOutbox mail;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    CurrentUser holder;
    RequestPostProcessor officer;

    @BeforeEach
    void accounts() {
        holder = accounts.create(Role.CANDIDATE);
        officer = basic(accounts.create(Role.CERTIFICATION_OFFICER));
    }

    @Test
    void when_the_units_left_no_longer_make_the_role_the_holder_gets_unit_certificates() throws Exception {
        // the sample's Smart City Project Developer needs all of its units
        CertificateInfo certificate = issue("SCPD");
        List<CertifiedUnit> units = certificates.units(certificate.id());
        confirmPassed(certificate, units);
        String withdrawn = units.get(2).code();
        String process = lifecycleOf(certificate.number());

        JsonNode successors = json.readTree(mvc.perform(reduce(certificate.number(), withdrawn,
                        "Practice no longer covers procurement.", true).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(successors).hasSize(units.size() - 1);
        for (JsonNode successor : successors) {
            assertThat(successor.path("unitCode").asText()).isNotEqualTo(withdrawn);
            assertThat(successor.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(successor.path("validUntil").asText()).isEqualTo(certificate.validUntil().toString());
            assertThat(lifecycleOf(successor.path("number").asText())).as("each successor has its own process").isNotNull();
        }
        CertificateInfo old = certificates.byNumber(certificate.number()).orElseThrow();
        assertThat(old.status(LocalDate.now())).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(process)
                .singleResult().getEndTime()).as("the old certificate's lifecycle ended").isNotNull();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process)
                .activityId(LifecycleProcess.END_SUPERSEDED).count()).isEqualTo(1);

        // the withdrawn unit is no longer held; the others are
        assertThat(assessments.standing(certificate.applicationId()).held())
                .extracting(unit -> unit.code()).doesNotContain(withdrawn).hasSize(units.size() - 1);

        // the decision in the history, with the unit and the declaration
        mvc.perform(get("/api/register/{number}/history", certificate.number()).with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("SCOPE_REDUCED"))
                .andExpect(jsonPath("$[0].unitCode").value(withdrawn))
                .andExpect(jsonPath("$[0].reason").value("Practice no longer covers procurement."))
                .andExpect(jsonPath("$[0].noConflictDeclared").value(true));

        // the holder is told, with the unit and the successors
        assertThat(mailsToHolder("scope of your certificate")).singleElement().satisfies(message ->
                assertThat(message.body()).contains(withdrawn, "Practice no longer covers procurement.",
                        successors.get(0).path("number").asText()));

        // the audit log records it
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CERTIFICATE_SCOPE_REDUCED' AND object_id = ?")
                .param(certificate.id().toString()).query(Long.class).single()).isEqualTo(1);

        // public verification: scope reduced, see the first successor
        mvc.perform(get("/api/verify/" + certificate.number()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.supersededAs").value(Succession.SCOPE_REDUCTION.name()))
                .andExpect(jsonPath("$.supersededBy").value(successors.get(0).path("number").asText()));
    }

    @Test
    void when_the_units_left_still_make_the_role_a_role_certificate_without_the_unit_replaces_it() throws Exception {
        // a role of two units of which one makes the role (unitsRequired: 1)
        String role = "TS" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        byte[] file = TestFrameworks.small().replace("TEST-SMALL", "SCOPE-" + role).replace("TSTR", role)
                .getBytes(StandardCharsets.UTF_8);
        frameworks.publish(ADMIN, frameworks.importFile(ADMIN, "scope.yaml", file).id());
        CertificateInfo certificate = issue(role);

        JsonNode successors = json.readTree(mvc.perform(reduce(certificate.number(), role + "-U2",
                        "Delivery no longer practised.", true).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(successors).singleElement().satisfies(successor -> {
            assertThat(successor.path("unitCode").isNull()).as("a role certificate").isTrue();
            assertThat(successor.path("validUntil").asText()).isEqualTo(certificate.validUntil().toString());
        });
        CertificateInfo reduced = certificates.byNumber(successors.get(0).path("number").asText()).orElseThrow();
        assertThat(certificates.units(reduced.id())).extracting(CertifiedUnit::code).containsExactly(role + "-U1");
        assertThat(certificates.chain(reduced.number()).orElseThrow().links())
                .extracting(link -> link.succession()).containsExactly(null, Succession.SCOPE_REDUCTION);
    }

    @Test
    void refusals_name_what_is_wrong_and_change_nothing() throws Exception {
        CertificateInfo certificate = issue("SCPD");
        String number = certificate.number();

        mvc.perform(reduce(number, null, "Reason.", true).with(officer))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Choose the unit to withdraw (unitCode).")));
        mvc.perform(reduce(number, "SCPD-U9", "Reason.", true).with(officer))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Certificate " + number + " does not cover a unit SCPD-U9 (unitCode).")));
        mvc.perform(reduce(number, "SCPD-U1", " ", true).with(officer))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(reduce(number, "SCPD-U1", "Reason.", false).with(officer))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(reduce(number, "SCPD-U1", "Reason.", true).with(basic(holder))).andExpect(status().isForbidden());
        mvc.perform(reduce(number, "SCPD-U1", "Reason.", true)
                .with(basic(accounts.create(Role.AUDITOR)))).andExpect(status().isForbidden());
        mvc.perform(reduce("CC-1999-0000-0000", "SCPD-U1", "Reason.", true).with(officer))
                .andExpect(status().isNotFound());

        assertThat(certificates.byNumber(number).orElseThrow().status(LocalDate.now()))
                .isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificates.chain(number).orElseThrow().links()).hasSize(1);
        mvc.perform(get("/api/register/{number}/history", number).with(officer))
                .andExpect(jsonPath("$.length()").value(0));

        // a suspended certificate is decided on first; a superseded one has nothing left to reduce
        mvc.perform(post("/api/register/{number}/suspend", number).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Complaint.\", \"noConflictOfInterest\": true}").with(officer))
                .andExpect(status().isOk());
        mvc.perform(reduce(number, "SCPD-U1", "Reason.", true).with(officer)).andExpect(status().isConflict());
    }

    @Test
    void a_unit_certificate_cannot_be_reduced() throws Exception {
        CertificateInfo certificate = issue("SCPD");
        JsonNode successors = json.readTree(mvc.perform(reduce(certificate.number(), "SCPD-U1", "Reason.", true)
                .with(officer)).andReturn().getResponse().getContentAsString());

        mvc.perform(reduce(successors.get(0).path("number").asText(), successors.get(0).path("unitCode").asText(),
                        "Reason.", true).with(officer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("withdraw it instead")));
        mvc.perform(reduce(certificate.number(), "SCPD-U2", "Reason.", true).with(officer))
                .andExpect(status().isConflict());
    }

    private CertificateInfo issue(String role) {
        return certificates.issue(applications.submit(holder, TestDocuments.application(role)).id()).get(0);
    }

    /** The units on the holder's record, as the certification decision confirms them. */
    private void confirmPassed(CertificateInfo certificate, List<CertifiedUnit> units) {
        for (CertifiedUnit unit : units) {
            jdbc.sql("""
                    INSERT INTO passed_unit (candidate_username, framework_version, role_code, unit_code, application,
                                             score, passed_on)
                    VALUES (?, ?, ?, ?, ?, 80, current_date)
                    """).params(holder.username(), certificate.frameworkVersionId(), certificate.roleCode(),
                    unit.code(), certificate.applicationId()).update();
        }
        assertThat(assessments.standing(certificate.applicationId()).held()).hasSize(units.size());
    }

    private String lifecycleOf(String number) {
        var instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(number).singleResult();
        return instance == null ? null : instance.getId();
    }

    private List<MailMessage> mailsToHolder(String subjectContains) {
        return mail.recentTo(List.of(accounts.email(holder)), 50).stream()
                .filter(message -> message.subject().contains(subjectContains)).toList();
    }

    private static MockHttpServletRequestBuilder reduce(String number, String unit, String reason, boolean declared) {
        String body = "{" + (unit == null ? "" : "\"unitCode\": \"" + unit + "\", ") + "\"reason\": \"" + reason
                + "\", \"noConflictOfInterest\": " + declared + "}";
        return post("/api/register/{number}/reduce-scope", number).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
