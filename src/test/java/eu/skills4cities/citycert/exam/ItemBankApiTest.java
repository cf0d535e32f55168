package eu.skills4cities.citycert.exam;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static eu.skills4cities.citycert.exam.TestItems.freshCode;
import static eu.skills4cities.citycert.exam.TestItems.valid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The item bank over HTTP: authoring, four-eyes, problems naming fields, and no item for those who may not read it. */
@CityCertSpringTest
class ItemBankApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ItemBank bank;
    @Autowired
    ObjectMapper json;

    @Test
    void an_author_writes_and_submits_another_approves_and_the_author_is_refused_with_the_reason() throws Exception {
        CurrentUser author = accounts.create(Role.EXAM_AUTHOR);
        String body = json.writeValueAsString(valid(freshCode()));

        String created = mvc.perform(post("/api/exam/items").with(basic(author))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.options[0].correct").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).path("id").asText();
        mvc.perform(post("/api/exam/items/{id}/submit", id).with(basic(author)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));

        mvc.perform(post("/api/exam/items/{id}/approve", id).with(basic(author)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("You wrote or last edited version 1")));
        mvc.perform(post("/api/exam/items/{id}/approve", id).with(basic(accounts.create(Role.EXAM_AUTHOR))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/exam/items/{id}/submit", id).with(basic(author)))
                .andExpect(status().isConflict());

        String next = mvc.perform(put("/api/exam/items/{id}", id).with(basic(author))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(TestItems.withStem(valid(null), "A second version?"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/exam/items/{id}/retire", json.readTree(next).path("id").asText())
                        .with(basic(accounts.create(Role.CERTIFICATION_OFFICER))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETIRED"));
    }

    @Test
    void bad_input_is_a_422_naming_each_field_and_nothing_is_saved() throws Exception {
        CurrentUser author = accounts.create(Role.EXAM_AUTHOR);
        String code = freshCode();
        ItemDraft bad = new ItemDraft(code, "SCPD", "SCPD-U1", "SCPD-U1-E1", "", List.of(
                new ItemOption("A", false), new ItemOption("B", false), new ItemOption("C", false)), "Why.",
                Difficulty.EASY);

        mvc.perform(post("/api/exam/items").with(basic(author)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(bad)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems").value(hasItem("stem is required.")))
                .andExpect(jsonPath("$.problems").value(hasItem("options: mark at least one option as correct.")));
        mvc.perform(post("/api/exam/items").with(basic(author)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(valid(code)).replace("\"EASY\"", "\"TRIVIAL\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(containsString("difficulty")));
        mvc.perform(get("/api/exam/items").param("q", code).with(basic(author)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void an_import_with_problems_lists_each_with_its_line_and_an_export_downloads_yaml() throws Exception {
        CurrentUser author = accounts.create(Role.EXAM_AUTHOR);
        MockMultipartFile file = new MockMultipartFile("file", "bank.yaml", "application/yaml",
                "format: citycert-item-bank/1\nitems:\n  - code: bad\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/exam/items/import").file(file).with(basic(author)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].path").value("items[0].role"));
        mvc.perform(get("/api/exam/items/export").param("role", "SCPD").param("status", "APPROVED")
                        .with(basic(accounts.create(Role.AUDITOR))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/yaml"))
                .andExpect(content().string(containsString("format: citycert-item-bank/1")))
                .andExpect(content().string(containsString("code: SCPD-U1-E1-001")));
    }

    @Test
    void candidates_reviewers_and_assessors_get_403_on_every_endpoint_and_never_an_item() throws Exception {
        ExamItem item = bank.create(accounts.create(Role.EXAM_AUTHOR), valid(freshCode()));
        String body = json.writeValueAsString(valid(freshCode()));
        MockMultipartFile file = new MockMultipartFile("file", "bank.yaml", "application/yaml",
                "format: citycert-item-bank/1\n".getBytes(StandardCharsets.UTF_8));
        for (Role role : List.of(Role.CANDIDATE, Role.REVIEWER, Role.ASSESSOR)) {
            RequestPostProcessor user = basic(accounts.create(role));
            List<RequestBuilder> calls = List.of(
                    get("/api/exam/items").with(user),
                    get("/api/exam/items/{id}", item.id()).with(user),
                    post("/api/exam/items").with(user).contentType(MediaType.APPLICATION_JSON).content(body),
                    put("/api/exam/items/{id}", item.id()).with(user).contentType(MediaType.APPLICATION_JSON)
                            .content(body),
                    post("/api/exam/items/{id}/submit", item.id()).with(user),
                    post("/api/exam/items/{id}/approve", item.id()).with(user),
                    post("/api/exam/items/{id}/retire", item.id()).with(user),
                    multipart("/api/exam/items/import").file(file).with(user),
                    get("/api/exam/items/export").with(user));
            for (RequestBuilder call : calls) {
                mvc.perform(call).andExpect(status().isForbidden())
                        .andExpect(content().string(not(containsString(item.stem()))))
                        .andExpect(content().string(not(containsString("correct"))));
            }
        }
        mvc.perform(get("/api/exam/items/{id}", item.id())).andExpect(status().isUnauthorized());
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
