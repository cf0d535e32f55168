package eu.skills4cities.citycert.framework;

import java.nio.charset.StandardCharsets;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Framework administration over the JSON API. */
@CityCertSpringTest
class FrameworkApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;

    @Test
    void an_administrator_imports_publishes_and_exports_over_the_api() throws Exception {
        CurrentUser admin = accounts.create(Role.ADMIN);
        String code = "API-" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        MockMultipartFile file = new MockMultipartFile("file", "small.yaml", "application/yaml",
                TestFrameworks.small().replace("TEST-SMALL", code).replace("TSTR", "A" + code.substring(4))
                        .getBytes(StandardCharsets.UTF_8));

        String created = mvc.perform(multipart("/api/frameworks").file(file).with(basic(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.versionNumber").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");

        mvc.perform(post("/api/frameworks/versions/{id}/publish", id).with(basic(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post("/api/frameworks/versions/{id}/publish", id).with(basic(admin)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/frameworks/versions/{id}/export", id).with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("format: citycert-framework/1")));
    }

    @Test
    void a_malformed_file_is_refused_with_every_problem_and_its_line() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "bad.yaml", "application/yaml",
                TestFrameworks.small().replace("eqfLevel: 5", "eqfLevel: 0").replace("passMarkPercent: 70",
                        "passMarkPercent: lots").getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/frameworks").file(file).with(basic(accounts.create(Role.ADMIN))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(startsWith("The framework file was not imported: 2 problem(s).")))
                .andExpect(jsonPath("$.problems[0].path").value("roles[0].eqfLevel"))
                .andExpect(jsonPath("$.problems[0].line").value(12))
                .andExpect(jsonPath("$.problems[0].message").value("roles[0].eqfLevel must be between 1 and 8; it is 0."))
                .andExpect(jsonPath("$.problems[1].path").value("roles[0].scheme.passMarkPercent"))
                .andExpect(jsonPath("$.problems[1].line").value(17));
    }

    @Test
    void candidates_cannot_import() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "small.yaml", "application/yaml",
                TestFrameworks.small().getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/frameworks").file(file).with(basic(accounts.create(Role.CANDIDATE))))
                .andExpect(status().isForbidden());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
