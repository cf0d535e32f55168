package eu.skills4cities.citycert.complaint;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.audit.CaseRecord;
import eu.skills4cities.citycert.audit.CaseRecordKind;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.privacy.PersonalDataService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Complaints over the API: the public form's bad input (every problem named, nothing stored), the
 * rate limit, the address confirmed by the mailed link, anonymity towards the holder (their API, their
 * mail, their data export), staff who see a complaint only through their work on it, impartiality, and
 * what deleting an account erases.
 */
@CityCertSpringTest
class ComplaintApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCertificates certificates;
    @Autowired
    TestComplaints complaints;
    @Autowired
    ComplaintRateLimiter limiter;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ComplaintWork work;
    @Autowired
    ComplaintHolders holders;
    @Autowired
    PersonalDataService privacy;
    @Autowired
    UnconfirmedComplaints unconfirmed;
    @Autowired
    CaseRecord caseRecords;

    @Test
    void bad_input_names_every_problem_and_stores_nothing() throws Exception {
        long before = stored();
        mvc.perform(complaint("{\"name\": \" \", \"email\": \"not-an-address\", \"description\": \"\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("The complaint was not accepted"))
                .andExpect(jsonPath("$.problems", hasItem("Your name is missing.")))
                .andExpect(jsonPath("$.problems", hasItem(
                        "Your email address is missing or is not an email address.")))
                .andExpect(jsonPath("$.problems", hasItem(
                        "Say whom the complaint is about: a certified person or the certification body.")))
                .andExpect(jsonPath("$.problems", hasItem("The description of the complaint is missing.")));
        mvc.perform(complaint(body("HOLDER", "CC-2026-ZZZZ-ZZZZ")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasSize(1)))
                .andExpect(jsonPath("$.problems[0]", matchesPattern(".*CC-2026-ZZZZ-ZZZZ.*")));
        mvc.perform(complaint(body("HOLDER", "")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("The certificate number of the certified person is missing.")));

        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void a_complaint_lodged_in_spanish_is_answered_in_spanish_whatever_language_confirms_it() throws Exception {
        String email = "spanish-" + System.nanoTime() + "@example.org";
        mvc.perform(complaint(body("BODY", null).replace("maria@example.org", email))
                        .header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5"))
                .andExpect(status().isAccepted());
        assertThat(jdbc.sql("SELECT language FROM complaint WHERE complainant_email = ?").param(email)
                .query(String.class).single()).isEqualTo("es");
        List<MailMessage> link = complaints.mailsTo(email, "Confirme");
        assertThat(link).as("the confirmation link in Spanish").hasSize(1);
        String token = link.get(0).body().replaceAll("(?s).*/complaints/confirm/([A-Za-z0-9_-]+).*", "$1");

        mvc.perform(confirm(token).header("Accept-Language", "de")).andExpect(status().isOk());

        assertThat(complaints.mailsTo(email, "Hemos recibido su queja CP-")).as("the acknowledgement in Spanish")
                .hasSize(1);
        assertThat(complaints.mailsTo(email, "has been received")).as("not in English").isEmpty();
    }

    @Test
    void a_public_complaint_counts_once_its_address_is_confirmed_and_the_link_works_once() throws Exception {
        String email = "confirming-" + System.nanoTime() + "@example.org";
        CertificateInfo certificate = certificates.issue();
        // typed without dashes and in lower case: tidied as the verification does
        String typed = certificate.number().replace("-", "").toLowerCase();
        mvc.perform(complaint(body("HOLDER", typed).replace("maria@example.org", email)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("AWAITING_CONFIRMATION"))
                .andExpect(jsonPath("$.number").isEmpty());
        assertThat(complaints.mailsTo(email, "has been received")).as("no acknowledgement before").isEmpty();
        String token = complaints.confirmationToken(email);

        mvc.perform(confirm(token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.number", matchesPattern("CP-\\d{4}-\\d{6}")));
        assertThat(complaints.mailsTo(email, "has been received")).hasSize(1);
        assertThat(jdbc.sql("SELECT certificate_number FROM complaint WHERE complainant_email = ?").param(email)
                .query(String.class).single()).isEqualTo(certificate.number());

        mvc.perform(confirm(token)).andExpect(status().isGone());
        mvc.perform(confirm("no-such-link")).andExpect(status().isGone());
    }

    @Test
    void a_signed_in_complainant_is_numbered_at_once_with_their_account() throws Exception {
        CurrentUser complainant = accounts.create(Role.CANDIDATE);
        mvc.perform(complaint("{\"subject\": \"BODY\", \"description\": \"Nobody answered my mail.\"}")
                        .with(basic(complainant)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number", matchesPattern("CP-\\d{4}-\\d{6}")));
        assertThat(complaints.mailsTo(accounts.email(complainant), "has been received")).hasSize(1);
    }

    @Test
    void beyond_the_rate_limit_an_address_waits() throws Exception {
        String address = "10.77.0." + (System.nanoTime() % 200 + 1);
        while (limiter.admit(address).admitted()) {
            // the test profile's bucket is large; empty it
        }
        long before = stored();
        mvc.perform(complaint(body("BODY", null)).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void the_holder_never_learns_who_complained() throws Exception {
        CertificateInfo certificate = certificates.issue();
        String email = "zelda-" + System.nanoTime() + "@example.org";
        mvc.perform(complaint(("{\"name\": \"Zelda Complainant\", \"email\": \"" + email + "\", \"subject\": "
                        + "\"HOLDER\", \"certificateNumber\": \"" + certificate.number() + "\", \"description\": "
                        + "\"Zelda here: my project report was copied.\"}")))
                .andExpect(status().isAccepted());
        String number = mvc.perform(confirm(complaints.confirmationToken(email))).andReturn().getResponse()
                .getContentAsString().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");
        RequestPostProcessor officer = basic(accounts.create(Role.CERTIFICATION_OFFICER));
        mvc.perform(post("/api/complaint-cases/{number}/triage", number).with(officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"triage\": \"ABOUT_A_HOLDER\", \"reason\": \"A report is said to be copied.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complainantName").value("Zelda Complainant"));

        CurrentUser holder = new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE));
        RequestPostProcessor asHolder = basic(holder);
        String aboutMe = mvc.perform(get("/api/me/complaints-about-me").with(asHolder))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(number))
                .andExpect(jsonPath("$[0].summary").value("A report is said to be copied."))
                .andExpect(jsonPath("$[0].mayRespond").value(true))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(multipart("/api/me/complaints-about-me/{number}/response", number).with(asHolder)
                        .param("text", " "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Your response is missing.")));
        mvc.perform(multipart("/api/me/complaints-about-me/{number}/response", number)
                        .file(new MockMultipartFile("documents", "draft.txt", "text/plain",
                                "My first draft, dated.".getBytes(StandardCharsets.UTF_8)))
                        .with(asHolder).param("text", "The report is mine."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses[0].documents[0].fileName").value("draft.txt"));
        String export = mvc.perform(get("/api/me/data").with(asHolder)).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaintsAboutMe[0].number").value(number))
                .andReturn().getResponse().getContentAsString();
        String mails = complaints.mailsTo(accounts.email(holder), "").stream().map(MailMessage::body)
                .reduce("", String::concat);

        for (String seenByHolder : new String[]{aboutMe, export, mails}) {
            assertThat(seenByHolder).doesNotContain("Zelda").doesNotContain(email)
                    .doesNotContain("my project report was copied");
        }
        assertThat(mails).contains(number);
        mvc.perform(get("/api/complaint-cases/{number}", number).with(asHolder)).andExpect(status().isForbidden());
    }

    @Test
    void staff_see_a_complaint_only_through_their_work_on_it() throws Exception {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String number = complaints.aboutBody(accounts.create(Role.CANDIDATE));
        mvc.perform(get("/api/complaint-cases").with(basic(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].number", hasItem(number)));
        mvc.perform(post("/api/complaint-cases/{number}/triage", number).with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"triage\": \"NOT_A_COMPLAINT\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/complaint-cases/{number}/triage", number).with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"triage\": \"NOT_A_COMPLAINT\", \"reason\": \"A request for a duplicate.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));

        mvc.perform(get("/api/complaint-cases/{number}", number).with(basic(officer))).andExpect(status().isOk());
        mvc.perform(get("/api/complaint-cases/{number}", number).with(basic(accounts.create(Role.CERTIFICATION_OFFICER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/complaint-cases/{number}", number).with(basic(accounts.create(Role.AUDITOR))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/complaint-cases").with(basic(accounts.create(Role.CANDIDATE))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/complaint-cases/{number}/triage", number).with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"triage\": \"ABOUT_THE_BODY\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void the_assessor_of_the_holders_certification_may_not_triage_or_decide() throws Exception {
        TestComplaints.AssessedCertificate assessed = complaints.assessedCertificate();
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String number = complaints.aboutHolder(accounts.create(Role.CANDIDATE), assessed.certificateNumber());
        String refusal = "You reviewed or assessed the certification of " + assessed.certificateNumber()
                + ", so you may not handle complaint " + number + ".";

        mvc.perform(post("/api/complaint-cases/{number}/triage", number).with(basic(assessed.assessorAsOfficer()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"triage\": \"NOT_A_COMPLAINT\", \"reason\": \"Nothing in it.\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(refusal));
        mvc.perform(post("/api/complaint-cases/{number}/triage", number).with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"triage\": \"ABOUT_A_HOLDER\", \"reason\": \"About the assessment.\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/complaint-cases/{number}/decision", number).with(basic(assessed.assessorAsOfficer()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"NO_ACTION\", \"reason\": \"Nothing in it.\", "
                                + "\"noConflictOfInterest\": true}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(refusal));
        assertThat(jdbc.sql("SELECT outcome FROM complaint WHERE number = ?").param(number).query(String.class)
                .optional()).isEmpty();
    }

    @Test
    void the_complainant_may_not_triage_their_own_complaint() throws Exception {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String number = complaints.aboutBody(officer);

        mvc.perform(post("/api/complaint-cases/{number}/triage", number).with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"triage\": \"ABOUT_THE_BODY\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You made complaint " + number + ", so you may not handle it."));
        assertThat(jdbc.sql("SELECT triage FROM complaint WHERE number = ?").param(number).query(String.class)
                .optional()).isEmpty();
    }

    @Test
    void deleting_an_account_erases_its_responses_and_its_name_on_the_complaints_it_made() {
        CurrentUser complainant = accounts.create(Role.CANDIDATE);
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(complainant, certificate.number());
        work.triage(accounts.create(Role.CERTIFICATION_OFFICER), number, Triage.ABOUT_A_HOLDER, "About a unit.");
        CurrentUser holder = new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE));
        holders.respond(holder, number, "My answer, with my details.", List.of());

        privacy.deleteAccount(complainant, complainant.username());
        privacy.deleteAccount(holder, holder.username());

        assertThat(jdbc.sql("SELECT complainant_name || ' ' || complainant_email FROM complaint WHERE number = ?")
                .param(number).query(String.class).single())
                .startsWith("Erased account erased-").endsWith("@erased.invalid");
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_response WHERE author = ?").param(holder.username())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT outcome IS NULL AND triage = 'ABOUT_A_HOLDER' FROM complaint WHERE number = ?")
                .param(number).query(Boolean.class).single()).as("the complaint stays recorded").isTrue();
    }

    @Test
    void a_public_complaint_never_confirmed_is_forgotten_once_its_link_expired() throws Exception {
        String email = "unconfirmed-" + System.nanoTime() + "@example.org";
        mvc.perform(complaint(body("BODY", null).replace("maria@example.org", email))).andExpect(status().isAccepted());
        String confirmed = "confirmed-" + System.nanoTime() + "@example.org";
        mvc.perform(complaint(body("BODY", null).replace("maria@example.org", confirmed))).andExpect(status().isAccepted());
        mvc.perform(confirm(complaints.confirmationToken(confirmed))).andExpect(status().isOk());

        unconfirmed.removeExpiredBefore(java.time.Instant.now().plus(java.time.Duration.ofHours(49)));

        assertThat(jdbc.sql("SELECT count(*) FROM complaint WHERE complainant_email IN (?, ?)")
                .params(email, confirmed).query(Long.class).single()).as("only the confirmed one stays").isOne();
    }

    @Test
    void the_auditors_case_record_of_the_holders_application_shows_the_complaints_steps_without_the_complainant() {
        CurrentUser complainant = accounts.create(Role.CANDIDATE);
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(complainant, certificate.number());
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        work.triage(officer, number, Triage.ABOUT_A_HOLDER, "About a unit.");
        work.decide(officer, number, ComplaintOutcome.WARNING, "Keep to the units you hold.", true);

        var record = caseRecords.of(accounts.create(Role.AUDITOR), certificate.applicationId());

        assertThat(record.entries()).filteredOn(e -> e.kind() == CaseRecordKind.COMPLAINT)
                .extracting(e -> e.facts().get("action"))
                .containsExactly("COMPLAINT_SUBMITTED", "COMPLAINT_CONFIRMED", "COMPLAINT_TRIAGED", "COMPLAINT_DECIDED");
        assertThat(record.entries()).filteredOn(e -> e.kind() == CaseRecordKind.COMPLAINT)
                .allSatisfy(e -> assertThat(e.facts().toString() + e.reason() + e.actor())
                        .doesNotContain(accounts.email(complainant)).doesNotContain(complainant.username()));
    }

    // ---- helpers

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single();
    }

    private static String body(String subject, String certificateNumber) {
        return "{\"name\": \"Maria Example\", \"email\": \"maria@example.org\", \"subject\": \"" + subject + "\", "
                + (certificateNumber == null ? "" : "\"certificateNumber\": \"" + certificateNumber + "\", ")
                + "\"description\": \"The certified person presented my work as theirs.\"}";
    }

    private static MockHttpServletRequestBuilder complaint(String json) {
        return post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static MockHttpServletRequestBuilder confirm(String token) {
        return post("/api/complaints/confirm").contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\": \"" + token + "\"}");
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
