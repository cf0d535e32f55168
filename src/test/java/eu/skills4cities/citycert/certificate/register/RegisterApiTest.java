package eu.skills4cities.citycert.certificate.register;

import java.nio.charset.StandardCharsets;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityCertSpringTest
class RegisterApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    JdbcClient jdbc;

    private CertificateInfo certificate;

    @BeforeEach
    void anIssuedCertificate() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        certificate = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
    }

    @Test
    void candidates_and_reviewers_are_refused_and_anonymous_callers_must_sign_in() throws Exception {
        for (Role role : new Role[] {Role.CANDIDATE, Role.REVIEWER}) {
            RequestPostProcessor caller = basic(accounts.create(role));
            mvc.perform(get("/api/register").with(caller)).andExpect(status().isForbidden());
            mvc.perform(get("/api/register/export.csv").with(caller)).andExpect(status().isForbidden());
            mvc.perform(suspend("Because.").with(caller)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/register")).andExpect(status().isUnauthorized());
        assertThat(recordedStatus()).isEqualTo("ACTIVE");
    }

    @Test
    void an_auditor_reads_the_register_but_cannot_suspend() throws Exception {
        RequestPostProcessor auditor = basic(accounts.create(Role.AUDITOR));

        mvc.perform(get("/api/register").param("number", certificate.number().toLowerCase()).with(auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.entries[0].number").value(certificate.number()))
                .andExpect(jsonPath("$.entries[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.entries[0].roleCode").value("SCPD"));
        mvc.perform(suspend("I would like to.").with(auditor)).andExpect(status().isForbidden());
        assertThat(recordedStatus()).isEqualTo("ACTIVE");
    }

    @Test
    void an_officer_suspends_and_a_refused_transition_is_a_conflict() throws Exception {
        RequestPostProcessor officer = basic(accounts.create(Role.CERTIFICATION_OFFICER));

        mvc.perform(suspend("Complaint from the employer.").with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
        mvc.perform(suspend("Again.").with(officer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Certificate " + certificate.number() + " is already suspended."));
        mvc.perform(get("/api/register/{number}/history", certificate.number()).with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("SUSPENDED"))
                .andExpect(jsonPath("$[0].reason").value("Complaint from the employer."));
        mvc.perform(post("/api/register/{number}/withdraw", certificate.number()).with(officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Fraud confirmed.\", \"noConflictOfInterest\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(post("/api/register/{number}/reinstate", certificate.number()).with(officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Oops.\", \"noConflictOfInterest\": true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("a withdrawal is final")));
    }

    @Test
    void bad_input_gets_422_with_every_problem_and_an_unknown_number_404() throws Exception {
        RequestPostProcessor officer = basic(accounts.create(Role.CERTIFICATION_OFFICER));

        mvc.perform(suspend(" ").with(officer))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(
                        "Give the reason for this decision; it is recorded and mailed to the holder."));
        mvc.perform(get("/api/register").param("status", "LOST").param("issuedFrom", "2026-13-01")
                        .param("sort", "AGE").with(officer))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems").value(hasItems(
                        "The value \"LOST\" of status cannot be read; see the API documentation for the accepted values.",
                        "The value \"2026-13-01\" of issuedFrom cannot be read; see the API documentation for the "
                                + "accepted values.")));
        mvc.perform(get("/api/register").param("issuedFrom", "2026-02-01").param("issuedTo", "2026-01-01")
                        .param("size", "0").with(officer))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems").value(hasItems(
                        "The \"issued from\" date must not be after the \"issued to\" date.",
                        "The page size must be from 1 to 500.")));
        mvc.perform(get("/api/register/export.csv").param("validFrom", "2026-02-01").param("validTo", "2025-01-01")
                        .with(officer))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/register/{number}/suspend", "CC-1999-0000-0000").with(officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Why.\", \"noConflictOfInterest\": true}"))
                .andExpect(status().isNotFound());
        assertThat(recordedStatus()).isEqualTo("ACTIVE");
    }

    @Test
    void the_export_is_a_csv_file_of_the_filtered_register() throws Exception {
        RequestPostProcessor admin = basic(accounts.create(Role.ADMIN));

        byte[] csv = mvc.perform(get("/api/register/export.csv").param("number", certificate.number()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("certificate-register-")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text.lines().toList().get(0)).endsWith("Number,Holder name,Role code,Role title,Unit code,"
                + "Unit title,EQF level,Framework version,Issued on,Valid until,Status,Superseded by");
        assertThat(text.lines().toList().get(1)).startsWith(certificate.number() + "," + certificate.holderName()
                + ",SCPD,Smart City Project Developer,,,").contains(",ACTIVE,");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder suspend(String reason) {
        return post("/api/register/{number}/suspend", certificate.number()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"" + reason + "\", \"noConflictOfInterest\": true}");
    }

    private String recordedStatus() {
        return jdbc.sql("SELECT status FROM certificate WHERE id = ?").param(certificate.id()).query(String.class)
                .single();
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
