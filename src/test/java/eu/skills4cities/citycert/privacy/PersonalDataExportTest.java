package eu.skills4cities.citycert.privacy;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityCertSpringTest
class PersonalDataExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;

    @Test
    void a_candidate_downloads_their_own_data_and_nobody_elses() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser other = accounts.create(Role.CANDIDATE);
        ApplicationDetails mine = applications.submit(candidate, TestDocuments.application("SCPM"));
        ApplicationDetails theirs = applications.submit(other, TestDocuments.application("SCPD"));

        mvc.perform(get("/api/me/data").with(httpBasic(candidate.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("citycert-my-data.json")))
                .andExpect(jsonPath("$.account.username").value(candidate.username()))
                .andExpect(jsonPath("$.applications.length()").value(1))
                .andExpect(jsonPath("$.applications[0].application.number").value(mine.number()))
                .andExpect(jsonPath("$.applications[0].application.statement").value(TestDocuments.STATEMENT))
                .andExpect(jsonPath("$.applications[0].documentLinks[0]").value(
                        "/api/applications/" + mine.id() + "/documents/" + mine.documents().get(0).id()))
                .andExpect(content().string(not(containsString(theirs.number()))))
                .andExpect(content().string(not(containsString("passwordHash"))))
                .andExpect(content().string(not(containsString("{bcrypt}"))));
    }

    @Test
    void the_export_needs_a_signed_in_person() throws Exception {
        mvc.perform(get("/api/me/data")).andExpect(status().isUnauthorized());
    }
}
