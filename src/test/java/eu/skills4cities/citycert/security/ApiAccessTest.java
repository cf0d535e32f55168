package eu.skills4cities.citycert.security;

import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API, the engine REST API and the Camunda webapps refuse what a caller may not
 * do, with accounts signing in by HTTP Basic as scripts do.
 */
@CityCertSpringTest
class ApiAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    TaskService taskService;
    @Autowired
    eu.skills4cities.citycert.inbox.StaffTaskService staffTasks;
    @Autowired
    UserAccountService users;

    private CurrentUser owner;
    private ApplicationDetails application;

    @BeforeEach
    void anApplicationExists() {
        owner = accounts.create(Role.CANDIDATE);
        application = applications.submit(owner, TestDocuments.application("SCPM"));
    }

    @Test
    void anonymous_callers_get_401_from_the_api_and_the_engine_rest_api() throws Exception {
        mvc.perform(get("/api/applications")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
        mvc.perform(get("/engine-rest/engine")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized());
    }

    @Test
    void browsers_get_a_plain_401_without_their_native_password_dialog() throws Exception {
        mvc.perform(get("/api/applications").header("Sec-Fetch-Mode", "cors"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void a_wrong_password_gets_401() throws Exception {
        mvc.perform(get("/api/applications").with(httpBasic(owner.username(), "wrong")))
                .andExpect(status().isUnauthorized());
    }

    /** Administrators passing these filters is shown on a real server: see {@code EngineAccessServerTest}. */
    @Test
    void the_engine_rest_api_refuses_staff_who_are_not_administrators() throws Exception {
        mvc.perform(get("/engine-rest/engine").with(basic(accounts.create(Role.REVIEWER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_camunda_webapps_send_visitors_to_the_login_and_refuse_non_administrators() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        mvc.perform(get("/camunda/app/cockpit/default/")
                        .with(user(candidate.username()).roles(Role.CANDIDATE.name())))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_owner_reads_the_application_and_downloads_the_document() throws Exception {
        mvc.perform(get("/api/applications/{id}", application.id()).with(basic(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(application.number()))
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        mvc.perform(get("/api/applications/{id}/documents/{doc}", application.id(),
                        application.documents().get(0).id()).with(basic(owner)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(content().bytes(TestDocuments.pdf()));
    }

    @Test
    void a_pdf_is_served_inline_for_the_preview_and_may_be_framed_by_citycert_only() throws Exception {
        UUID document = application.documents().get(0).id();
        mvc.perform(get("/api/applications/{id}/documents/{doc}", application.id(), document).with(basic(owner)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        mvc.perform(get("/api/applications/{id}/documents/{doc}", application.id(), document)
                        .param("inline", "true").with(basic(owner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline;")))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
    }

    @Test
    void another_candidate_learns_nothing_about_the_application_or_its_document() throws Exception {
        CurrentUser stranger = accounts.create(Role.CANDIDATE);
        String unknownId = java.util.UUID.randomUUID().toString();

        String forStranger = mvc.perform(get("/api/applications/{id}", application.id()).with(basic(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(owner.username()))))
                .andReturn().getResponse().getContentAsString();
        String forUnknown = mvc.perform(get("/api/applications/{id}", unknownId).with(basic(stranger)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        // the same answer as for an id that does not exist, but for the id itself
        org.assertj.core.api.Assertions.assertThat(forStranger.replace(application.id().toString(), "ID"))
                .isEqualTo(forUnknown.replace(unknownId, "ID"));

        mvc.perform(get("/api/applications/{id}/documents/{doc}", application.id(),
                        application.documents().get(0).id()).with(basic(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/applications").with(basic(stranger)))
                .andExpect(status().isOk()).andExpect(content().json("[]"));
    }

    @Test
    void a_reviewer_cannot_complete_an_assessors_task_over_the_api() throws Exception {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        String reviewTask = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        mvc.perform(post("/api/tasks/{id}/claim", reviewTask).with(basic(reviewer))).andExpect(status().isOk());
        String units = staffTasks.plan(reviewer, reviewTask).toAssess().stream()
                .map(unit -> "{\"unitCode\":\"" + unit.code() + "\",\"verdict\":\"SUFFICIENT\"}")
                .collect(java.util.stream.Collectors.joining(","));
        mvc.perform(post("/api/tasks/{id}/review", reviewTask).with(basic(reviewer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"units\":[" + units + "],\"message\":\"Relevant evidence.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verdict").value("SUFFICIENT"));
        String assessmentTask = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();

        mvc.perform(post("/api/tasks/{id}/claim", assessmentTask).with(basic(reviewer)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("This task belongs to another team's queue."));
        mvc.perform(post("/api/tasks/{id}/assessment", assessmentTask).with(basic(reviewer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"units\":[],\"comment\":\"I should not do this.\"}"))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(taskService.createTaskQuery().taskId(assessmentTask).count())
                .isEqualTo(1);
    }

    @Test
    void staff_score_and_decide_over_the_api_and_hear_exactly_what_is_missing() throws Exception {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        String review = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        staffTasks.claim(reviewer, review);
        staffTasks.completeReview(reviewer, review, eu.skills4cities.citycert.TestStaffWork.review(staffTasks, reviewer,
                review, eu.skills4cities.citycert.assessment.ReviewVerdict.SUFFICIENT, "Fine."));
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String assessment = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        mvc.perform(post("/api/tasks/{id}/claim", assessment).with(basic(assessor))).andExpect(status().isOk());
        mvc.perform(get("/api/tasks/{id}/units", assessment).with(basic(assessor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scoreElements").value(true))
                .andExpect(jsonPath("$.toAssess[0].code").value("SCPM-U1"));

        mvc.perform(post("/api/tasks/{id}/assessment", assessment).with(basic(assessor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"units\":[{\"unitCode\":\"SCPM-U1\",\"score\":80}],\"comment\":\"Interview.\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(
                        "Unit SCPM-U1 is scored element by element: score its elements, not the unit."))
                .andExpect(jsonPath("$.problems[1]").value(org.hamcrest.Matchers.startsWith("Score unit SCPM-U2 (")));
        var full = eu.skills4cities.citycert.TestStaffWork.scores(staffTasks, assessor, assessment, "80", "Interview.");
        mvc.perform(post("/api/tasks/{id}/assessment", assessment).with(basic(assessor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(full)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verdict").value("COMPETENT"));

        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String decision = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        mvc.perform(post("/api/tasks/{id}/claim", decision).with(basic(officer))).andExpect(status().isOk());
        mvc.perform(post("/api/tasks/{id}/decision", decision).with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\":\"CERTIFY\",\"reason\":\"Fine.\",\"noConflictOfInterest\":false}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("Declare that you have no conflict of interest before you decide."));
        mvc.perform(post("/api/tasks/{id}/decision", decision).with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\":\"CERTIFY\",\"reason\":\"Fine.\",\"noConflictOfInterest\":true}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/applications/{id}/retake", application.id()).with(basic(owner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"declaration\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is not partly certified")));
        mvc.perform(get("/api/applications/{id}/retake", application.id()).with(basic(owner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void whoever_reviewed_cannot_claim_be_handed_or_take_the_decision_over_the_api() throws Exception {
        CurrentUser dual = accounts.create(Role.REVIEWER, Role.CERTIFICATION_OFFICER);
        String review = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        staffTasks.claim(dual, review);
        staffTasks.completeReview(dual, review, eu.skills4cities.citycert.TestStaffWork.review(staffTasks, dual, review,
                eu.skills4cities.citycert.assessment.ReviewVerdict.SUFFICIENT, "Fine."));
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String assessment = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        staffTasks.claim(assessor, assessment);
        staffTasks.completeAssessment(assessor, assessment,
                eu.skills4cities.citycert.TestStaffWork.scores(staffTasks, assessor, assessment, "80", "Fine."));
        String decision = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();

        mvc.perform(post("/api/tasks/{id}/claim", decision).with(basic(dual)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "You reviewed or assessed this application")));
        mvc.perform(post("/api/tasks/{id}/decision", decision).with(basic(dual))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\":\"CERTIFY\",\"reason\":\"Mine.\",\"noConflictOfInterest\":true}"))
                .andExpect(status().isForbidden());
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        mvc.perform(post("/api/tasks/{id}/claim", decision).with(basic(officer))).andExpect(status().isOk());
        mvc.perform(post("/api/tasks/{id}/reassign", decision).with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"colleague\":\"" + dual.username() + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(dual.username()
                        + " reviewed or assessed this application and cannot take its decision."));
        org.assertj.core.api.Assertions.assertThat(taskService.createTaskQuery().taskId(decision).singleResult()
                .getAssignee()).isEqualTo(officer.username());
    }

    @Test
    void a_claim_conflict_answers_409_naming_the_winner() throws Exception {
        CurrentUser first = accounts.create(Role.REVIEWER);
        CurrentUser second = accounts.create(Role.REVIEWER);
        String task = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();

        mvc.perform(post("/api/tasks/{id}/claim", task).with(basic(first))).andExpect(status().isOk());
        mvc.perform(post("/api/tasks/{id}/claim", task).with(basic(second)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This task has been claimed by "
                        + users.find(first.username()).orElseThrow().fullName() + "."));
    }

    @Test
    void another_candidate_can_neither_change_nor_add_to_a_draft() throws Exception {
        ApplicationDetails draft = drafts.startDraft(owner, "SCPD");
        CurrentUser stranger = accounts.create(Role.CANDIDATE);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/applications/{id}", draft.id())
                        .with(basic(stranger)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"statement\":\"taken over\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/applications/{id}/documents", draft.id())
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", TestDocuments.pdf()))
                        .param("title", "Injected").param("elements", "SCPD-U1-E1").with(basic(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/applications/{id}/submit", draft.id()).with(basic(stranger)))
                .andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(applications.details(draft.id()).documents()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(applications.details(draft.id()).statement()).isEmpty();
    }

    @Test
    void the_whole_candidate_journey_works_over_the_api() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        String created = mvc.perform(post("/api/applications/drafts").with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roleCode\":\"SCPM\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/applications/{id}", id)
                        .with(basic(candidate)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"statement\":\"" + TestDocuments.STATEMENT + "\",\"experienceYears\":6,\"educationLevel\":7}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.experienceYears").value(6));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/applications/{id}/self-assessment/{element}", id, "SCPM-U1-E1")
                        .with(basic(candidate)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"FULLY\",\"note\":\"Ran two programmes.\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(multipart("/api/applications/{id}/documents", id)
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", TestDocuments.pdf()))
                        .param("title", "Final report").param("elements", "SCPM-U1-E1", "SCPM-U1-E2")
                        .with(basic(candidate)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.elementCodes.length()").value(2));
        mvc.perform(multipart("/api/applications/{id}/documents", id)
                        .file(new MockMultipartFile("file", "again.pdf", "application/pdf", TestDocuments.pdf()))
                        .param("title", "Same again").param("elements", "SCPM-U1-E3").with(basic(candidate)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value("The file \"again.pdf\" is already in your portfolio, as \"Final report\"."));
        mvc.perform(post("/api/applications/{id}/submit", id).with(basic(candidate)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", org.hamcrest.Matchers.contains("Tick the declaration: confirm that "
                        + "the information is true and complete and that the evidence is your own work.")));
        mvc.perform(get("/api/applications/{id}", id).with(basic(candidate)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(post("/api/applications/{id}/submit", id).with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"declaration\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_REVIEW"));
        mvc.perform(get("/api/applications/{id}/timeline", id).with(basic(candidate)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].step", org.hamcrest.Matchers.contains("SUBMITTED", "ELIGIBLE", "IN_REVIEW")));
    }

    @Test
    void only_the_owner_withdraws_and_only_once() throws Exception {
        CurrentUser stranger = accounts.create(Role.CANDIDATE);
        mvc.perform(post("/api/applications/{id}/withdraw", application.id()).with(basic(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/applications/{id}/withdraw", application.id()).with(basic(owner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Changed my plans.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.outcomeReason").value("Changed my plans."));
        mvc.perform(post("/api/applications/{id}/withdraw", application.id()).with(basic(owner)))
                .andExpect(status().isConflict());
    }

    @Test
    void candidates_have_no_task_inbox() throws Exception {
        mvc.perform(get("/api/tasks").with(basic(owner))).andExpect(status().isForbidden());
    }

    @Test
    void a_candidate_submits_over_the_api_and_sees_every_problem_of_a_bad_submission() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("document", "cv.pdf", "application/pdf", TestDocuments.pdf());
        mvc.perform(multipart("/api/applications").file(pdf).param("roleCode", "SCPD")
                        .param("statement", TestDocuments.STATEMENT).param("experienceYears", "4")
                        .param("educationLevel", "6").param("declaration", "true").with(basic(owner)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.documents[0].fileName").value("cv.pdf"));

        MockMultipartFile html = new MockMultipartFile("document", "cv.pdf", "application/pdf",
                "<html><script>alert(1)</script>".getBytes());
        mvc.perform(multipart("/api/applications").file(html).param("roleCode", "XX")
                        .param("statement", "short").with(basic(owner)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems.length()").value(6))
                .andExpect(jsonPath("$.problems[5]").value(containsString("Tick the declaration")));
    }

    @Test
    void staff_cannot_submit_applications() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("document", "cv.pdf", "application/pdf", TestDocuments.pdf());
        mvc.perform(multipart("/api/applications").file(pdf).param("roleCode", "SCPD")
                        .param("statement", TestDocuments.STATEMENT).param("declaration", "true")
                        .with(basic(accounts.create(Role.REVIEWER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_api_can_be_browsed_without_signing_in() throws Exception {
        mvc.perform(get("/swagger-ui")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/swagger-ui/index.html")));
    }

    @Test
    void the_openapi_description_is_published() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/applications']").exists())
                .andExpect(jsonPath("$.paths['/api/applications/drafts']").exists())
                .andExpect(jsonPath("$.paths['/api/accounts/registrations']").exists())
                .andExpect(jsonPath("$.paths['/api/tasks/{id}/review']").exists())
                .andExpect(jsonPath("$.paths['/api/tasks/{id}/assessment']").exists())
                .andExpect(jsonPath("$.paths['/api/tasks/{id}/decision']").exists())
                .andExpect(jsonPath("$.paths['/api/applications/{id}/retake']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.components.schemas.Registration.properties.email.example")
                        .value("maria.ivanova@example.org"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
