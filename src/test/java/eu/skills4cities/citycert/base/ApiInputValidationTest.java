package eu.skills4cities.citycert.base;

import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationWithdrawal;
import eu.skills4cities.citycert.application.DraftUpdate;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.method.ControllerAdviceBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input answers 4xx naming the field and stores nothing, whoever sends it; a failure
 * inside answers 500 without a word of what failed.
 */
@CityCertSpringTest
class ApiInputValidationTest {

    private static final String NUL = "\\u0000";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationWithdrawal withdrawal;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    UserAccountService users;
    @Autowired
    TaskService taskService;
    @Autowired
    ApplicationContext context;

    @Test
    void an_internal_failure_answers_500_with_an_error_id_and_no_sql_class_names_or_stored_data() throws Exception {
        String body = mvc.perform(post(FailingApiEndpoint.PATH).with(basic(accounts.create(Role.CANDIDATE))))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("Internal error"))
                .andExpect(jsonPath("$.errorId").isNotEmpty())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContainIgnoringCase("insert").doesNotContain("user_account", "full_name",
                FailingApiEndpoint.HASH, "$2a$", "org.", "java.", "Exception", "SQL", "trace");
    }

    @Test
    void a_nul_character_in_any_query_parameter_answers_422_naming_it_before_anything_reads_it() throws Exception {
        // found by trying: the auditor's search ?q=%00 (list and CSV export) failed in PostgreSQL with a 500
        CurrentUser auditor = accounts.create(Role.AUDITOR);
        for (String path : List.of("/api/audit/applications?q=a%00b", "/api/audit/applications/export.csv?q=%00",
                "/api/tasks?q=x%00", "/api/audit/applications?q%00=1")) {
            mvc.perform(get(java.net.URI.create(path)).with(basic(path.startsWith("/api/tasks") ? accounts.create(Role.REVIEWER) : auditor)))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.problems[0]").value(startsWith("q: remove the control characters")));
        }
        // the same search without the NUL works
        mvc.perform(get("/api/audit/applications?q=ab").with(basic(auditor))).andExpect(status().isOk());
        // a page's request gets one plain sentence, and a multipart body is left to its handler (its query is checked)
        mvc.perform(get(java.net.URI.create("/verify?number=%00"))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN));
        mvc.perform(multipart(java.net.URI.create("/api/verify/pdf?x=%00")).file("file", new byte[] {1}))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void spring_boots_error_page_shows_status_and_path_but_never_the_exception() throws Exception {
        String body = mvc.perform(get("/error").with(basic(accounts.create(Role.CANDIDATE)))
                        .accept(MediaType.APPLICATION_JSON)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/applications")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_MESSAGE, "insert into user_account " + FailingApiEndpoint.HASH)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("insert into user_account " + FailingApiEndpoint.HASH)))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("/api/applications").doesNotContain("insert", FailingApiEndpoint.HASH,
                "IllegalStateException", "trace");
    }

    @Test
    void the_fallback_comes_after_every_features_own_answers() {
        // ours: the libraries' advice (springdoc's) is scoped to their own controllers
        List<ControllerAdviceBean> advice = ControllerAdviceBean.findAnnotatedBeans(context).stream()
                .filter(bean -> bean.getBeanType().getName().startsWith("eu.skills4cities.")).toList();
        assertThat(advice.get(advice.size() - 1).getBeanType()).isEqualTo(ApiErrorHandling.class);
        assertThat(advice.subList(0, advice.size() - 1)).allSatisfy(other ->
                assertThat(other.getOrder()).as(other.getBeanType().getName()).isLessThan(advice.get(advice.size() - 1).getOrder()));
    }

    @Test
    void the_openapi_description_lists_the_invalid_input_and_internal_error_answers() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/tasks/{id}/comments'].post.responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/applications/{id}'].put.responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/applications/{id}'].put.responses['500']").exists());
    }

    @Test
    void registration_refuses_control_characters_and_overlong_names_and_emails_naming_the_field() throws Exception {
        String username = "nul-" + System.nanoTime();
        register(username, "Maria" + NUL + "Ivanova", username + "@example.org")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem(containsString("fullName"))))
                .andExpect(jsonPath("$.detail", containsString("control characters")));
        register(username, "M".repeat(201), username + "@example.org")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("fullName may have at most 200 characters.")));
        register(username, "Maria Ivanova", "m".repeat(400) + "@example.org")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("email may have at most 320 characters.")));
        register(username, "Maria\u202EIvanova", username + "@example.org")
                .andExpect(status().isUnprocessableEntity());

        assertThat(users.exists(username)).isFalse();
    }

    @Test
    void a_draft_refuses_control_characters_in_the_statement_over_the_api_and_in_the_service() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");

        mvc.perform(put("/api/applications/{id}", draft.id()).with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"statement\":\"I led" + NUL + " it.\",\"experienceYears\":3}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]", containsString("statement")));
        // a view calls the same service: the same constraint refuses it there
        assertThatThrownBy(() -> drafts.saveDraft(candidate, draft.id(), new DraftUpdate("bell\u0007", 3, 5)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        eu.skills4cities.citycert.TestMessages.english(InputProblems.of(e.getConstraintViolations())))
                        .containsExactly("statement: remove the control characters (such as a NUL byte) or text "
                                + "direction overrides; only ordinary text is accepted."));
        // line breaks and tabs are ordinary in a statement
        drafts.saveDraft(candidate, draft.id(), new DraftUpdate("Line one.\r\n\tLine two.", 3, 5));

        assertThat(applications.get(candidate, draft.id()).statement()).isEqualTo("Line one.\r\n\tLine two.");
    }

    @Test
    void a_self_assessment_without_a_level_or_with_a_nul_in_the_note_is_refused() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        String element = "SCPM-U1-E1";

        mvc.perform(put("/api/applications/{id}/self-assessment/{e}", draft.id(), element).with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":null}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value("level is required."));
        mvc.perform(put("/api/applications/{id}/self-assessment/{e}", draft.id(), element).with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":\"PARTLY\",\"note\":\"a" + NUL + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]", containsString("note")));
        mvc.perform(put("/api/applications/{id}/self-assessment/{e}", draft.id(), element).with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":\"SOMEWHAT\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]", containsString("level")));
        mvc.perform(put("/api/applications/{id}/self-assessment/{e}", draft.id(), element).with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request body is not well-formed JSON."));

        assertThat(drafts.selfAssessment(candidate, draft.id())).isEmpty();
    }

    @Test
    void a_document_title_or_description_with_control_characters_is_refused_and_not_stored() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");

        mvc.perform(multipart("/api/applications/{id}/documents", draft.id())
                        .file(new MockMultipartFile("file", "cv.pdf", "application/pdf", TestDocuments.pdf()))
                        .param("title", "My CV\u0000").param("description", "Escape \u001B[31m red")
                        .param("elements", "SCPM-U1-E1").with(basic(candidate)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem(containsString("title"))))
                .andExpect(jsonPath("$.problems", hasItem(containsString("description"))));

        assertThat(applications.get(candidate, draft.id()).documents()).isEmpty();
    }

    @Test
    void the_inbox_refuses_an_absurd_due_window_and_a_comment_with_a_nul_answering_422_not_403() throws Exception {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        mvc.perform(get("/api/tasks").param("dueWithinDays", "-99999999").with(basic(reviewer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value("dueWithinDays must be at least 0."));
        mvc.perform(get("/api/tasks").param("limit", "100000").param("search", "A-").with(basic(reviewer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value("limit must be at most 200."));
        // a NUL is answered before the parameters are read (UnstorableTextFilter), so alone
        mvc.perform(get("/api/tasks").param("limit", "100000").param("search", "A-\u0000").with(basic(reviewer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0]", startsWith("search: remove the control characters")));
        mvc.perform(get("/api/tasks").param("search", "A-\u0000").with(basic(reviewer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]", startsWith("search: remove the control characters")));
        mvc.perform(get("/api/tasks").param("dueWithinDays", "soon").with(basic(reviewer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]", containsString("dueWithinDays")))
                .andExpect(content().string(not(containsString("java."))));

        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));
        String task = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        mvc.perform(post("/api/tasks/{id}/comments", task).with(basic(reviewer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Checked" + NUL + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]", containsString("text")));
        mvc.perform(post("/api/tasks/{id}/comments", task).with(basic(reviewer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + "x".repeat(4001) + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("Give a comment of 1 to 4000 characters explaining the verdict."));
        mvc.perform(post("/api/tasks/{id}/comments", task).with(basic(reviewer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"  \"}"))
                .andExpect(status().isUnprocessableEntity());

        assertThat(taskService.getTaskComments(task)).isEmpty();
    }

    @Test
    void a_withdrawal_reason_with_a_nul_is_refused_and_the_application_stays_as_it_was() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));

        mvc.perform(post("/api/applications/{id}/withdraw", application.id()).with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"New job" + NUL + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]", startsWith("reason: remove the control characters")));
        assertThatThrownBy(() -> withdrawal.withdraw(candidate, application.id(), "New\u0085job"))
                .isInstanceOf(ConstraintViolationException.class);
        // an over-long reason is refused by name, not cut short
        mvc.perform(post("/api/applications/{id}/withdraw", application.id()).with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + "x".repeat(4001) + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]", startsWith("reason may have at most 4000 characters")));
        assertThatThrownBy(() -> withdrawal.withdraw(candidate, application.id(), "y".repeat(4001)))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(applications.get(candidate, application.id()).status()).isEqualTo(application.status());
    }

    private ResultActions register(String username, String fullName, String email) throws Exception {
        return mvc.perform(post("/api/accounts/registrations").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"%s","fullName":"%s","email":"%s","password":"a long passphrase of my own"}"""
                        .formatted(username, fullName, email)));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
