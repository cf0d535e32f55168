package eu.skills4cities.citycert.certificate.register;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register's actions over the API are steps of the certificate's lifecycle process: a suspension
 * opens the officers' decision task, a reinstatement completes it, a withdrawal ends the process; each
 * needs the officer's declaration of no conflict of interest, recorded in the history. The holder's
 * statement and its documents over the API.
 */
@CityCertSpringTest
class RegisterLifecycleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCertificates certificates;
    @Autowired
    ProcessEngine engine;

    CertificateInfo certificate;
    RequestPostProcessor officer;

    @BeforeEach
    void anIssuedCertificate() {
        certificate = certificates.issue();
        officer = basic(accounts.create(Role.CERTIFICATION_OFFICER));
    }

    @Test
    void a_decision_without_the_declaration_is_refused_and_changes_nothing() throws Exception {
        mvc.perform(decision("suspend", "{\"reason\": \"Complaint.\"}").with(officer))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem(
                        "Declare that you have no conflict of interest with the holder; the declaration is recorded "
                                + "with the decision.")));
        mvc.perform(decision("suspend", "{\"reason\": \"Complaint.\", \"noConflictOfInterest\": false}").with(officer))
                .andExpect(status().isUnprocessableEntity());

        assertThat(decisionTasks()).isZero();
        mvc.perform(get("/api/register/{number}/history", certificate.number()).with(officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void suspend_opens_the_decision_task_and_reinstate_completes_it() throws Exception {
        mvc.perform(decision("suspend", declared("Complaint from a client.")).with(officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
        assertThat(decisionTasks()).isOne();
        mvc.perform(get("/api/lifecycle/suspended").with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].certificate.number", hasItem(certificate.number())));

        mvc.perform(decision("reinstate", declared("Complaint withdrawn.")).with(officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));

        assertThat(decisionTasks()).isZero();
        assertThat(running()).as("the certificate lives on").isOne();
        mvc.perform(get("/api/register/{number}/history", certificate.number()).with(officer))
                .andExpect(jsonPath("$[0].noConflictDeclared").value(true))
                .andExpect(jsonPath("$[1].status").value("ACTIVE"))
                .andExpect(jsonPath("$[1].noConflictDeclared").value(true));
    }

    @Test
    void withdraw_ends_the_lifecycle_and_the_public_verification_says_withdrawn() throws Exception {
        mvc.perform(decision("withdraw", declared("Fraud confirmed.")).with(officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));

        assertThat(running()).isZero();
        mvc.perform(get("/api/verify/{number}", certificate.number()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    @Test
    void the_holder_answers_a_suspension_over_the_api_and_nobody_else_can() throws Exception {
        RequestPostProcessor holder = httpBasic(certificate.holderUsername(), TestAccounts.PASSWORD);
        mvc.perform(post("/api/lifecycle/{number}/statement", certificate.number()).with(holder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Nothing to answer yet.\"}"))
                .andExpect(status().isConflict());
        mvc.perform(decision("suspend", declared("Complaint.")).with(officer)).andExpect(status().isOk());

        mvc.perform(post("/api/lifecycle/{number}/statement", certificate.number()).with(holder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"The complaint is unfounded.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value("The complaint is unfounded."));
        mvc.perform(post("/api/lifecycle/{number}/statement", certificate.number())
                        .with(basic(accounts.create(Role.CANDIDATE)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Not mine.\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/lifecycle/{number}/statement", certificate.number()).with(holder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
                .andExpect(status().isUnprocessableEntity());

        mvc.perform(get("/api/lifecycle/suspended").with(officer))
                .andExpect(jsonPath("$[?(@.certificate.number == '" + certificate.number()
                        + "')].statements[0].text").value(hasItem("The complaint is unfounded.")));
        mvc.perform(get("/api/lifecycle/suspended").with(holder)).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder decision(String action, String body) {
        return post("/api/register/{number}/" + action, certificate.number())
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String declared(String reason) {
        return "{\"reason\": \"" + reason + "\", \"noConflictOfInterest\": true}";
    }

    private long decisionTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED).count();
    }

    private long running() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(certificate.number())
                .count();
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
