package eu.skills4cities.citycert.appeal;

import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Appeals over the API: bad input answered with the problem naming the field and nothing stored (no
 * grounds, late, someone else's decision, an unfit document), one open appeal per decision, who reads
 * an appeal; and the panel's impartiality through the API, the service and the engine's task service
 * directly: the officer who withdrew the certificate, or the reviewer who refused the application,
 * may not claim, be handed or complete the appeal's task.
 */
@CityCertSpringTest
class AppealApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AppealFixture fixture;
    @Autowired
    AppealPanel panel;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    CurrentUser officerOnPanel;
    CurrentUser member;
    CertificateInfo certificate;
    CurrentUser holder;

    @BeforeEach
    void aWithdrawnCertificate() {
        officerOnPanel = accounts.create(Role.CERTIFICATION_OFFICER, Role.APPEALS_PANEL);
        member = accounts.create(Role.APPEALS_PANEL);
        certificate = fixture.decided(officerOnPanel, StatusDecision.WITHDRAW);
        holder = AppealFixture.holderOf(certificate);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void bad_input_is_answered_with_the_field_and_nothing_is_stored() throws Exception {
        String key = fixture.key(holder, ContestedKind.WITHDRAWN);

        mvc.perform(appeal(holder, key, "  ")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Say why the decision should be reconsidered (grounds).")));
        mvc.perform(appeal(holder, "", "Grounds.")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Choose the decision you appeal (decision).")));
        mvc.perform(appeal(holder, key, "x".repeat(AppealService.MAX_GROUNDS + 1)))
                .andExpect(status().isUnprocessableEntity());
        CurrentUser other = accounts.create(Role.CANDIDATE);
        CertificateInfo own = fixture.decided(accounts.create(Role.CERTIFICATION_OFFICER), StatusDecision.SUSPEND);
        mvc.perform(appeal(AppealFixture.holderOf(own), key, "It is mine now.")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("You have no such decision to appeal (decision).")));
        mvc.perform(appeal(other, key, "Nothing of mine.")).andExpect(status().isConflict());
        String script = Base64.getEncoder().encodeToString("<script>alert(1)</script>".getBytes());
        mvc.perform(post("/api/appeals").with(basic(holder)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("decision", key, "grounds", "Grounds.",
                                "documents", java.util.List.of(Map.of("fileName", "x.txt", "content", script))))))
                .andExpect(status().isUnprocessableEntity());

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(31))));
        mvc.perform(appeal(holder, key, "Grounds, but late.")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith(
                        "The time to appeal this decision ended on")));

        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE appellant = ?").param(holder.username())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_decision_has_one_open_appeal_and_only_its_appellant_and_the_panel_read_it() throws Exception {
        String key = fixture.key(holder, ContestedKind.WITHDRAWN);
        String body = mvc.perform(appeal(holder, key, "The letter is genuine.")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("AP-")))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).path("id").asText();

        mvc.perform(appeal(holder, key, "Again.")).andExpect(status().isConflict());
        mvc.perform(get("/api/appeals/{id}", id).with(basic(holder))).andExpect(status().isOk());
        mvc.perform(get("/api/appeals").with(basic(holder))).andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/appeals/{id}", id).with(basic(member))).andExpect(status().isOk());
        mvc.perform(get("/api/appeals/{id}", id).with(basic(accounts.create(Role.CANDIDATE))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/appeals/{id}", id).with(basic(accounts.create(Role.REVIEWER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/appeals/decisions").with(basic(holder)))
                .andExpect(jsonPath("$[0].openAppeal").value(json.readTree(body).path("number").asText()));
    }

    @Test
    void the_officer_who_withdrew_may_not_claim_be_handed_or_complete_the_appeal() throws Exception {
        Appeal appeal = fixture.appeal(holder, ContestedKind.WITHDRAWN);

        // the API: told why, and shown none of the appeal (as the panel's list withholds it from them)
        mvc.perform(get("/api/appeals/{id}", appeal.id()).with(basic(officerOnPanel)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "You took part in the decision this appeal contests, so you may not work on it."));
        mvc.perform(get("/api/appeals/panel").with(basic(officerOnPanel)))
                .andExpect(jsonPath("$[?(@.appeal.id == '" + appeal.id() + "')].excluded").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.appeal.id == '" + appeal.id() + "')].appeal.grounds")
                        .value(hasItem(org.hamcrest.Matchers.nullValue())));
        mvc.perform(post("/api/appeals/{id}/claim", appeal.id()).with(basic(officerOnPanel)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "You took part in the decision this appeal contests, so you may not work on it."));
        mvc.perform(post("/api/appeals/{id}/claim", appeal.id()).with(basic(member))).andExpect(status().isOk());
        mvc.perform(post("/api/appeals/{id}/hand-over", appeal.id()).with(basic(member))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"colleague\": \"" + officerOnPanel.username() + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/appeals/{id}/decision", appeal.id()).with(basic(officerOnPanel))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"UPHELD\", \"reason\": \"Mine.\", \"noConflictOfInterest\": true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/appeals/{id}/decision", appeal.id()).with(basic(member))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"UPHELD\", \"reason\": \"Ok.\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Declare that you have no conflict of interest with the "
                        + "appellant (noConflictOfInterest).")));
        mvc.perform(get("/api/appeals/panel").with(basic(holder))).andExpect(status().isForbidden());

        // the engine, for every other caller (Tasklist, the engine REST API)
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(appeal.number()).singleResult();
        tasks.setAssignee(task.getId(), null);
        assertThatThrownBy(() -> tasks.claim(task.getId(), officerOnPanel.username()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        assertThatThrownBy(() -> tasks.setAssignee(task.getId(), officerOnPanel.username()))
                .isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> tasks.setAssignee(task.getId(), holder.username()))
                .as("the appellant is excluded too").isInstanceOf(ProcessEngineException.class);
        tasks.claim(task.getId(), member.username());
        // the member is found to have taken part after claiming: the engine refuses the completion
        jdbc.sql("INSERT INTO appeal_excluded (appeal, username, part) VALUES (?, ?, 'TEST')")
                .params(appeal.id(), member.username()).update();
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of(AppealProcess.VAR_PANEL_ACTION, "UPHOLD")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void the_reviewer_who_refused_the_application_may_not_claim_its_appeal() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser reviewerOnPanel = accounts.create(Role.REVIEWER, Role.APPEALS_PANEL);
        ApplicationDetails refused = fixture.refusedAtReview(candidate, reviewerOnPanel);
        Appeal appeal = fixture.appeal(candidate, ContestedKind.REJECTED);

        assertThat(appeal.applicationId()).isEqualTo(refused.id());
        assertThatThrownBy(() -> panel.claim(reviewerOnPanel, appeal.id())).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).kind()).isEqualTo(RefusedException.Kind.FORBIDDEN);
        assertThat(panel.open(reviewerOnPanel).stream().filter(p -> p.appeal().id().equals(appeal.id()))
                .findFirst().orElseThrow().excluded()).isTrue();
        assertThat(panel.claim(member, appeal.id()).assignee()).isEqualTo(member.username());
    }

    private MockHttpServletRequestBuilder appeal(CurrentUser user, String key, String grounds) throws Exception {
        return post("/api/appeals").with(basic(user)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("decision", key, "grounds", grounds,
                        "documents", java.util.List.of(Map.of("fileName", "letter.pdf",
                                "content", Base64.getEncoder().encodeToString(TestDocuments.pdf()))))));
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
