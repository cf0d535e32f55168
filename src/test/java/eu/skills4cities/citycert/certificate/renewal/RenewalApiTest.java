package eu.skills4cities.citycert.certificate.renewal;

import java.sql.Date;
import java.time.LocalDate;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The renewal over the API: every refusal names its field and stores nothing; only the holder reaches
 * their certificate's renewal (another candidate is told there is none, staff may not submit); the
 * reviewer's check, a request for more answered and an acceptance.
 */
@CityCertSpringTest
class RenewalApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    eu.skills4cities.citycert.security.UserAccountService userAccounts;
    @Autowired
    TestRenewals renewals;
    @Autowired
    TestCertificates testCertificates;
    @Autowired
    CertificateService certificates;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    CertificateInfo certificate;
    RequestPostProcessor holder;
    String unit;

    @BeforeEach
    void aCertificateInItsWindow() {
        certificate = renewals.inWindow();
        holder = httpBasic(certificate.holderUsername(), TestAccounts.PASSWORD);
        unit = certificates.units(certificate.id()).get(0).code();
    }

    @Test
    void the_state_says_what_renewing_asks() throws Exception {
        mvc.perform(get("/api/certificates/{number}/renewal", certificate.number()).with(holder))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terms.requiredHours").value(40))
                .andExpect(jsonPath("$.terms.requiredUnits").value(1))
                .andExpect(jsonPath("$.terms.opensOn").value(certificate.validUntil().plusDays(1).minusDays(90).toString()))
                .andExpect(jsonPath("$.terms.units[*].code", hasItem(unit)))
                .andExpect(jsonPath("$.renewal").value(nullValue()));
    }

    @Test
    void cpd_below_the_scheme_is_refused_naming_hours_and_units_and_nothing_is_stored() throws Exception {
        submit(body(activity("Short webinar", 10, days(-20), days(-20), "[]"), true))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("CPD hours: 10 of 40 required.")))
                .andExpect(jsonPath("$.problems", hasItem("Units kept current: 0 of 1 required.")));
        assertNothingStored();
    }

    @Test
    void each_unfit_entry_is_refused_naming_it() throws Exception {
        submit(body(activity("Course", 40, days(-5), days(-9), units()), true))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Activity 1: the to date is before the from date.")));
        submit(body(activity("Course", 40, days(-5), days(3), units()), true))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Activity 1: the dates may not be in the future.")));
        submit(body(activity("Course", 40, days(-9), days(-5), "[\"NOPE-U9\"]"), true))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Activity 1: NOPE-U9 is not a unit of this certificate.")));
        submit(body(activity("x".repeat(301), 40, days(-9), days(-5), units()), true))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem(
                        "Activity 1: the title may have at most 300 characters; this one has 301.")));
        submit(body(activity("Course", 40, days(-9), days(-5), units()), false))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Declaration: confirm your continued practice.")));
        submit("{\"activities\": [], \"continuedPractice\": true}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem(
                        "Activities: add at least one continuing professional development activity.")));
        assertNothingStored();
    }

    @Test
    void outside_the_window_is_refused_with_the_day_it_opens() throws Exception {
        CertificateInfo fresh = testCertificates.issue();
        LocalDate opensOn = fresh.validUntil().plusDays(1).minusDays(90);
        mvc.perform(post("/api/certificates/{number}/renewal", fresh.number())
                        .with(httpBasic(fresh.holderUsername(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(enough()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Renewal: certificate " + fresh.number()
                        + " can be renewed from " + opensOn + " (the renewal window is not open yet)."));
    }

    @Test
    void a_certificate_that_is_not_active_is_refused() throws Exception {
        testCertificates.record(certificate, "SUSPENDED");
        submit(enough()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Certificate " + certificate.number()
                        + " is SUSPENDED: only an active certificate can be renewed."));
    }

    @Test
    void a_second_renewal_while_one_is_open_is_refused() throws Exception {
        submit(enough()).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        submit(enough()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Renewal: a renewal of certificate " + certificate.number()
                        + " is open already."));
    }

    @Test
    void a_renewal_past_the_recertification_date_is_refused_with_a_pointer_to_recertification() throws Exception {
        jdbc.sql("UPDATE certificate SET issued_on = ? WHERE id = ?")
                .params(Date.valueOf(LocalDate.now().minusYears(6)), certificate.id()).update();
        submit(enough()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "Apply for recertification instead")));
        assertNothingStored();
    }

    @Test
    void only_the_holder_reaches_the_renewal() throws Exception {
        RequestPostProcessor other = basic(accounts.create(Role.CANDIDATE));
        mvc.perform(get("/api/certificates/{number}/renewal", certificate.number()).with(other))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/certificates/{number}/renewal", certificate.number()).with(other)
                .contentType(MediaType.APPLICATION_JSON).content(enough())).andExpect(status().isNotFound());
        for (Role staff : new Role[] {Role.REVIEWER, Role.CERTIFICATION_OFFICER, Role.ADMIN}) {
            mvc.perform(post("/api/certificates/{number}/renewal", certificate.number())
                            .with(basic(accounts.create(staff)))
                            .contentType(MediaType.APPLICATION_JSON).content(enough()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/certificates/{number}/renewal", certificate.number())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/renewals/checks").with(holder)).andExpect(status().isForbidden());
        assertNothingStored();
    }

    @Test
    void documents_a_check_a_request_answered_and_an_acceptance() throws Exception {
        submit(enough()).andExpect(status().isCreated());
        mvc.perform(multipart("/api/certificates/{number}/renewal/documents", certificate.number())
                        .file(new MockMultipartFile("file", "course.pdf", "application/pdf", new byte[] {1, 2, 3}))
                        .with(holder))
                .andExpect(status().isOk()).andExpect(jsonPath("$.documents[0].fileName").value("course.pdf"));
        mvc.perform(multipart("/api/certificates/{number}/renewal/documents", certificate.number())
                        .file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0])).with(holder))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Document empty.pdf: empty or larger than 10 MB.")));

        CurrentUser reviewerAccount = accounts.create(Role.REVIEWER);
        RequestPostProcessor reviewer = basic(reviewerAccount);
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
        mvc.perform(get("/api/renewals/checks").with(reviewer)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].renewal.certificateNumber", hasItem(certificate.number())));
        mvc.perform(decision(task, "{\"outcome\": \"ACCEPT\", \"noConflictOfInterest\": true}").with(reviewer))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/renewals/checks/{task}/claim", task).with(reviewer)).andExpect(status().isNoContent());
        // a colleague's claim is refused, naming who holds the check by full name, not by username
        mvc.perform(post("/api/renewals/checks/{task}/claim", task).with(basic(accounts.create(Role.REVIEWER))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This task has been claimed by "
                        + userAccounts.find(reviewerAccount.username()).orElseThrow().fullName() + "."));
        mvc.perform(decision(task, "{\"outcome\": \"MORE_NEEDED\", \"text\": \"Add the programme.\", "
                        + "\"noConflictOfInterest\": true}").with(reviewer)).andExpect(status().isNoContent());

        mvc.perform(get("/api/certificates/{number}/renewal", certificate.number()).with(holder))
                .andExpect(jsonPath("$.renewal.status").value("MORE_NEEDED"))
                .andExpect(jsonPath("$.renewal.requests[0].text").value("Add the programme."));
        mvc.perform(post("/api/certificates/{number}/renewal/answer", certificate.number()).with(holder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Answer: write your answer to the request.")));
        mvc.perform(post("/api/certificates/{number}/renewal/answer", certificate.number()).with(holder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Programme attached.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));

        String again = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
        mvc.perform(post("/api/renewals/checks/{task}/claim", again).with(reviewer)).andExpect(status().isNoContent());
        mvc.perform(decision(again, "{\"outcome\": \"ACCEPT\"}").with(reviewer))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem(
                        "Declaration: declare that you have no conflict of interest with this holder.")));
        mvc.perform(decision(again, "{\"outcome\": \"ACCEPT\", \"noConflictOfInterest\": true}").with(reviewer))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/certificates/{number}/renewal", certificate.number()).with(holder))
                .andExpect(jsonPath("$.renewal.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.renewal.reviewer").value(reviewerAccount.username()));
    }

    // ---- helpers

    private ResultActions submit(String body) throws Exception {
        return mvc.perform(post("/api/certificates/{number}/renewal", certificate.number()).with(holder)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder decision(String task,
                                                                                                String body) {
        return post("/api/renewals/checks/{task}/decision", task).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void assertNothingStored() {
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_renewal WHERE certificate = ?").param(certificate.id())
                .query(Integer.class).single()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).count()).isZero();
    }

    private String enough() {
        return body(activity("Urban data platforms course", 40, days(-60), days(-56), units()), true);
    }

    private String units() {
        return "[\"" + unit + "\"]";
    }

    private static String body(String activity, boolean declared) {
        return "{\"activities\": [" + activity + "], \"continuedPractice\": " + declared + "}";
    }

    private static String activity(String title, int hours, LocalDate from, LocalDate to, String units) {
        return "{\"title\": \"" + title + "\", \"from\": \"" + from + "\", \"to\": \"" + to + "\", \"hours\": " + hours
                + ", \"units\": " + units + "}";
    }

    private static LocalDate days(int fromToday) {
        return TestRenewals.today().plusDays(fromToday);
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
