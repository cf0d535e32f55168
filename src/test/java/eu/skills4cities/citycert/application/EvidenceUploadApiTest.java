package eu.skills4cities.citycert.application;

import java.util.Base64;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Crafted files sent to the upload endpoint are refused with a reason; previews cannot act for the reader. */
@CityCertSpringTest
class EvidenceUploadApiTest {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    ApplicationService applications;
    @Autowired
    eu.skills4cities.citycert.framework.FrameworkCatalogue framework;

    @Test
    void an_archive_bomb_a_scripted_pdf_a_polyglot_and_utf16_html_are_refused_and_nothing_is_stored() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");

        upload(candidate, draft, "cv.docx", EvidenceBombs.docxInflatingTo(256L << 20))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("as archive bombs do")));
        upload(candidate, draft, "cv.pdf", EvidenceBombs.openPdfWithJavaScript(true))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("carries JavaScript")));
        upload(candidate, draft, "cv.pdf", EvidenceBombs.openPdfWithLaunchAction())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("starts a program")));
        upload(candidate, draft, "cv.pdf", EvidenceBombs.pdfHtmlPolyglot())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("web markup")));
        upload(candidate, draft, "notes.txt", EvidenceBombs.utf16LeWithBom("<html><script>alert(1)</script></html>"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", not(containsString("Exception"))));

        assertThat(applications.get(candidate, draft.id()).documents()).isEmpty();
    }

    @Test
    void previews_are_served_under_a_policy_that_lets_them_run_nothing_and_never_sniffed() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        DocumentInfo pdf = drafts.addDocument(candidate, draft.id(), new NewDocument(
                new UploadedDocument("cv.pdf", "application/pdf", TestDocuments.pdf()), "CV", null, Set.of("SCPM-U1-E1")));
        DocumentInfo png = drafts.addDocument(candidate, draft.id(), new NewDocument(
                new UploadedDocument("photo.png", "image/png", PNG), "Photo", null, Set.of("SCPM-U1-E1")));

        mvc.perform(get("/api/applications/{id}/documents/{doc}", draft.id(), pdf.id()).param("inline", "true")
                        .with(basic(candidate)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", startsWith("sandbox; default-src 'none';")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("script-src"))));
        mvc.perform(get("/api/applications/{id}/documents/{doc}", draft.id(), png.id()).param("inline", "true")
                        .with(basic(candidate)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", startsWith("sandbox; default-src 'none';")));
        mvc.perform(get("/api/applications/{id}/documents/{doc}", draft.id(), pdf.id()).with(basic(candidate)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", startsWith("sandbox; default-src 'none';")));
    }

    @Test
    void a_document_mapped_to_a_whole_unit_over_the_api_is_evidence_for_each_of_its_elements() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        var units = framework.publishedRole("SCPM").orElseThrow().role().units();
        java.util.List<String> secondUnit = units.get(1).elements().stream().map(e -> e.code()).toList();
        assertThat(secondUnit).hasSizeGreaterThan(1);

        mvc.perform(multipart("/api/applications/{id}/documents", draft.id())
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", TestDocuments.pdf()))
                        .param("title", "Project report").param("units", units.get(1).code())
                        .param("elements", "SCPM-U1-E1").with(basic(candidate)))
                .andExpect(status().isCreated());

        assertThat(applications.get(candidate, draft.id()).documents()).singleElement()
                .satisfies(document -> assertThat(document.elementCodes()).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(java.util.stream.Stream.of("SCPM-U1-E1"), secondUnit.stream())
                                .toList()));
    }

    @Test
    void an_unknown_unit_is_refused_naming_it_and_nothing_is_stored() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");

        mvc.perform(multipart("/api/applications/{id}/documents", draft.id())
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", TestDocuments.pdf()))
                        .param("title", "Project report").param("units", "SCPM-U99").with(basic(candidate)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value("The role has no unit SCPM-U99."))
                .andExpect(jsonPath("$.problems[1]").value(startsWith("Say which elements")));

        assertThat(applications.get(candidate, draft.id()).documents()).isEmpty();
    }

    private ResultActions upload(CurrentUser candidate, ApplicationDetails draft, String name, byte[] content)
            throws Exception {
        return mvc.perform(multipart("/api/applications/{id}/documents", draft.id())
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("title", "Evidence").param("elements", "SCPM-U1-E1").with(basic(candidate)));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
