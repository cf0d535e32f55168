package eu.skills4cities.citycert.privacy;

import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.appeal.ContestedKind;
import eu.skills4cities.citycert.appeal.NewAppeal;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.renewal.TestRenewals;
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
    @Autowired
    TestRenewals testRenewals;
    @Autowired
    CertificateRegister register;
    @Autowired
    Suspensions suspensions;
    @Autowired
    AppealService appeals;

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
    void a_holder_export_carries_their_renewals_statements_on_suspensions_and_appeals() throws Exception {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = testRenewals.inWindow();
        CurrentUser holder = TestRenewals.holderOf(certificate);
        testRenewals.submit(certificate);
        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Complaint by a client.", true);
        suspensions.submit(holder, certificate.number(), "The client withdrew the complaint.", List.of());
        String suspension = appeals.contestable(holder).stream().filter(d -> d.kind() == ContestedKind.SUSPENDED)
                .findFirst().orElseThrow().key();
        Appeal appeal = appeals.submit(holder, new NewAppeal(suspension, "The complaint was withdrawn.", List.of()));
        CertificateInfo someoneElses = testRenewals.inWindow();
        testRenewals.submit(someoneElses);

        mvc.perform(get("/api/me/data").with(httpBasic(holder.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.renewals.length()").value(1))
                .andExpect(jsonPath("$.renewals[0].certificateNumber").value(certificate.number()))
                .andExpect(jsonPath("$.renewals[0].continuedPractice").value(true))
                .andExpect(jsonPath("$.renewals[0].activities[0].title").value("Urban data platforms course"))
                .andExpect(jsonPath("$.suspensionStatements['" + certificate.number() + "'][0].text")
                        .value("The client withdrew the complaint."))
                .andExpect(jsonPath("$.appeals.length()").value(1))
                .andExpect(jsonPath("$.appeals[0].number").value(appeal.number()))
                .andExpect(jsonPath("$.appeals[0].grounds").value("The complaint was withdrawn."))
                .andExpect(content().string(not(containsString(someoneElses.number()))));
    }

    @Test
    void the_export_needs_a_signed_in_person() throws Exception {
        mvc.perform(get("/api/me/data")).andExpect(status().isUnauthorized());
    }
}
