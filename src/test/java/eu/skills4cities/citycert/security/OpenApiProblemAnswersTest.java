package eu.skills4cities.citycert.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description documents, for every operation, the problem answers it can give, each with
 * the problem-details schema and an example; the uploads document their form fields. A new operation
 * that does not say who may call it fails here until it does (or is listed as open to every account).
 */
@CityCertSpringTest
class OpenApiProblemAnswersTest {

    /** Paths anyone may call without signing in (written out here, not read from the configuration). */
    private static final List<String> PUBLIC_PREFIXES = List.of("/api/catalogue", "/api/accounts/", "/api/verify/",
            "/api/issuer", "/api/complaints");

    /**
     * Operations that every signed-in account may call: no role decides, so there is no 403 (someone
     * else's application or certificate is a 404). Listing one here says that no role is checked.
     */
    private static final Set<String> OPEN_TO_EVERY_ACCOUNT = Set.of(
            "GET /api/applications",
            "GET /api/applications/{id}", "PUT /api/applications/{id}", "DELETE /api/applications/{id}",
            "GET /api/applications/{id}/self-assessment", "PUT /api/applications/{id}/self-assessment/{elementCode}",
            "POST /api/applications/{id}/documents", "GET /api/applications/{id}/documents/{documentId}",
            "DELETE /api/applications/{id}/documents/{documentId}", "POST /api/applications/{id}/submit",
            "GET /api/applications/{id}/timeline", "GET /api/applications/{id}/units",
            "GET /api/applications/{id}/evidence-request", "POST /api/applications/{id}/evidence-request/answer",
            "POST /api/applications/{id}/withdraw", "GET /api/applications/{id}/retake",
            "POST /api/applications/{id}/retake",
            "GET /api/certificates", "GET /api/certificates/{number}/pdf", "GET /api/certificates/{number}/credential",
            "GET /api/me/data", "PUT /api/me/password", "GET /api/me/language", "PUT /api/me/language",
            // the case record: auditors all of it, staff their own part, anybody else the application's 404
            "GET /api/audit/applications/{id}/record",
            "POST /api/lifecycle/{number}/statement", "GET /api/lifecycle/documents/{id}",
            "GET /api/renewals/documents/{id}",
            "GET /api/me/tokens", "POST /api/me/tokens", "DELETE /api/me/tokens/{id}",
            // appeals: one's own decisions and appeals (someone else's is a 404 or a 422 naming the decision;
            // reading one appeal and its documents is a 403 for a panel member it excludes)
            "GET /api/appeals/decisions", "POST /api/appeals", "GET /api/appeals",
            "POST /api/appeals/{id}/answer",
            // complaints about one's own certificates: somebody else's is a 404
            "GET /api/me/complaints-about-me", "GET /api/me/complaints-about-me/{number}",
            "POST /api/me/complaints-about-me/{number}/response",
            // an exam's results per unit: anybody who may see the application (else a 404)
            "GET /api/exam/applications/{applicationId}/results",
            // the tests' own failing endpoints (base.FailingApiEndpoint)
            "POST /api/test-only/failure", "POST /api/test-only/slow-statement");

    /** Operations that the state of what they act on can refuse. */
    private static final Set<String> CONFLICTS = Set.of(
            "POST /api/applications/{id}/withdraw", "POST /api/applications/{id}/retake",
            "POST /api/tasks/{id}/claim", "POST /api/tasks/{id}/unclaim", "POST /api/tasks/{id}/reassign",
            "POST /api/tasks/{id}/review", "POST /api/tasks/{id}/assessment", "POST /api/tasks/{id}/decision",
            "POST /api/frameworks/versions/{id}/publish", "POST /api/frameworks/versions/{id}/retire",
            "POST /api/register/{number}/suspend", "POST /api/register/{number}/reinstate",
            "POST /api/register/{number}/withdraw", "POST /api/register/{number}/reduce-scope",
            "GET /api/certificates/{number}/credential", "DELETE /api/me",
            "POST /api/lifecycle/{number}/statement",
            "POST /api/certificates/{number}/renewal", "POST /api/certificates/{number}/renewal/documents",
            "POST /api/certificates/{number}/renewal/answer", "POST /api/renewals/checks/{taskId}/claim",
            "POST /api/renewals/checks/{taskId}/decision",
            "POST /api/appeals", "POST /api/appeals/{id}/answer", "POST /api/appeals/{id}/claim",
            "POST /api/appeals/{id}/hand-over", "POST /api/appeals/{id}/notes",
            "POST /api/appeals/{id}/information-request", "POST /api/appeals/{id}/decision",
            "POST /api/me/complaints-about-me/{number}/response", "POST /api/complaint-cases/{number}/triage",
            "POST /api/complaint-cases/{number}/decision",
            "PUT /api/exam/items/{id}", "POST /api/exam/items/{id}/submit", "POST /api/exam/items/{id}/approve",
            "POST /api/exam/items/{id}/retire",
            "POST /api/tasks/{id}/exam-confirmation", "POST /api/tasks/{id}/exam-void",
            "POST /api/exam/sessions", "PUT /api/exam/sessions/{id}/answers/{itemPosition}",
            "POST /api/exam/sessions/{id}/submit", "POST /api/exam/sessions/{id}/extra-time");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestAccounts accounts;

    JsonNode api;

    @BeforeEach
    void readDescription() throws Exception {
        api = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void every_operation_documents_its_problem_answers_with_the_problem_schema_and_an_example() {
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                JsonNode responses = operation.path("responses");
                boolean open = PUBLIC_PREFIXES.stream().anyMatch(path.getKey()::startsWith);
                boolean takesInput = operation.has("requestBody") || operation.path("parameters").size() > 0;

                expect(missing, name, responses, "401", !open);
                expect(missing, name, responses, "403", !open && !OPEN_TO_EVERY_ACCOUNT.contains(name));
                expect(missing, name, responses, "404", path.getKey().contains("{"));
                expect(missing, name, responses, "409", CONFLICTS.contains(name));
                expect(missing, name, responses, "422", takesInput);
                expect(missing, name, responses, "500", true);
                expect(missing, name, responses, "503", true);
                if (responses.has("503") && responses.at("/503/headers/Retry-After/schema/type").asText().isEmpty()) {
                    missing.add(name + " 503 does not document Retry-After");
                }

                for (Iterator<Map.Entry<String, JsonNode>> answers = responses.fields(); answers.hasNext(); ) {
                    Map.Entry<String, JsonNode> answer = answers.next();
                    if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                        problemShape(missing, name, answer.getKey(), answer.getValue());
                    }
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(78);
        assertThat(missing).as("problem answers not (or wrongly) documented").isEmpty();
    }

    @Test
    void every_complaint_and_appeal_operation_says_in_a_summary_what_it_does() {
        List<String> operations = new ArrayList<>();
        List<String> unsummarised = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!List.of("/api/complaints", "/api/complaint-cases", "/api/me/complaints-about-me", "/api/appeals")
                    .stream().anyMatch(path.getKey()::startsWith)) {
                continue;
            }
            path.getValue().fields().forEachRemaining(op -> {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                if (op.getValue().path("summary").asText().isBlank()) {
                    unsummarised.add(name);
                }
            });
        }
        assertThat(operations).contains("POST /api/complaints", "POST /api/complaints/confirm",
                "GET /api/complaint-cases", "POST /api/complaint-cases/{number}/decision", "POST /api/appeals",
                "GET /api/appeals/{id}", "GET /api/appeals/panel", "POST /api/appeals/{id}/decision");
        assertThat(unsummarised).as("operations without a summary").isEmpty();
    }

    @Test
    void the_problem_schema_is_rfc_9457_with_our_list_of_problems() {
        JsonNode schema = api.at("/components/schemas/ProblemDetail/properties");
        assertThat(schema.fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "instance", "problems", "errorId");
        assertThat(schema.at("/problems/type").asText()).isEqualTo("array");
    }

    @Test
    void the_portfolio_upload_documents_its_fields_with_elements_and_whole_units() {
        JsonNode upload = api.at("/paths/~1api~1applications~1{id}~1documents/post");
        JsonNode form = form(upload);
        assertThat(form.path("properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("file", "title", "description", "elements", "units");
        assertThat(form.at("/properties/file/format").asText()).isEqualTo("binary");
        assertThat(form.at("/properties/elements/type").asText()).isEqualTo("array");
        assertThat(form.at("/properties/units/type").asText()).isEqualTo("array");
        // elements or units: neither alone is required
        assertThat(form.path("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("file", "title");
        // the fields are in the form, not also query parameters
        assertThat(upload.path("parameters")).extracting(p -> p.path("name").asText()).containsExactly("id");
    }

    @Test
    void the_other_uploads_document_their_fields() {
        JsonNode apply = form(api.at("/paths/~1api~1applications/post"));
        // recertificationOf is optional: only a recertification names the certificate it recertifies
        assertThat(apply.path("properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("roleCode", "statement", "experienceYears", "educationLevel", "document",
                        "recertificationOf", "declaration");
        assertThat(apply.path("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("roleCode", "statement", "experienceYears", "educationLevel", "document",
                        "declaration");
        JsonNode answer = form(api.at("/paths/~1api~1applications~1{id}~1evidence-request~1answer/post"));
        assertThat(answer.path("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("note", "document");
        assertThat(api.at("/paths/~1api~1frameworks/post/requestBody/content/multipart~1form-data/schema"
                + "/properties/file/format").asText()).isEqualTo("binary");
        assertThat(api.at("/paths/~1api~1verify~1pdf/post/requestBody/content/multipart~1form-data/schema"
                + "/properties/file/format").asText()).isEqualTo("binary");
    }

    @Test
    void the_refusals_of_spring_security_answer_problem_details_as_documented() throws Exception {
        mvc.perform(get("/api/tasks"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Not signed in"));
        mvc.perform(get("/api/tasks").header("Sec-Fetch-Mode", "cors"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.title").value("Not signed in"));
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        mvc.perform(get("/api/tasks").with(httpBasic(candidate.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("Your account may not do this."));
    }

    private JsonNode form(JsonNode operation) {
        JsonNode schema = operation.at("/requestBody/content/multipart~1form-data/schema");
        String ref = schema.path("$ref").asText();
        assertThat(ref).startsWith("#/components/schemas/");
        return api.at(ref.substring(1));
    }

    private static void expect(List<String> missing, String operation, JsonNode responses, String status,
                               boolean expected) {
        if (responses.has(status) != expected) {
            missing.add(operation + (expected ? " lacks " : " should not document ") + status);
        }
    }

    private static void problemShape(List<String> missing, String operation, String status, JsonNode answer) {
        JsonNode content = answer.path("content");
        JsonNode problem = content.path("application/problem+json");
        if (content.size() != 1 || problem.isMissingNode()) {
            missing.add(operation + " " + status + " is not (only) application/problem+json");
            return;
        }
        if (!"#/components/schemas/ProblemDetail".equals(problem.at("/schema/$ref").asText())) {
            missing.add(operation + " " + status + " has not the problem schema");
        }
        if (problem.at("/example/status").asInt() != Integer.parseInt(status)
                || problem.at("/example/detail").asText().isBlank()) {
            missing.add(operation + " " + status + " has no example with its status and a detail");
        }
        if (answer.path("description").asText().isBlank()) {
            missing.add(operation + " " + status + " has no description");
        }
    }
}
