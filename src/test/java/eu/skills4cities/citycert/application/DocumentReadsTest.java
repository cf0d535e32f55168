package eu.skills4cities.citycert.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationAccess.Grounds;
import eu.skills4cities.citycert.assessment.Retakes;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every read of an evidence document is recorded with the read, auditors list the record, and
 * auditors and administrators read without being able to change anything.
 */
@CityCertSpringTest
class DocumentReadsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    eu.skills4cities.citycert.exam.TestExamSitting exams;
    @Autowired
    ApplicationService applications;
    @Autowired
    EvidenceDocuments evidenceDocuments;
    @Autowired
    Retakes retakes;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    ApplicationAccess access;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser owner;
    private ApplicationDetails application;
    private UUID document;

    @BeforeEach
    void anApplicationWaitsForReview() {
        owner = accounts.create(Role.CANDIDATE);
        application = applications.submit(owner, TestDocuments.application("SCPM"));
        document = application.documents().get(0).id();
    }

    @Test
    void every_download_and_preview_is_recorded_with_the_reader_the_grounds_and_the_time() throws Exception {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser auditor = accounts.create(Role.AUDITOR);
        Instant before = Instant.now();

        mvc.perform(get("/api/applications/{id}/documents/{doc}", application.id(), document).with(as(owner)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/applications/{id}/documents/{doc}", application.id(), document)
                .param("inline", "true").with(as(reviewer))).andExpect(status().isOk());
        mvc.perform(get("/api/applications/{id}/documents/{doc}", application.id(), document).with(as(auditor)))
                .andExpect(status().isOk());

        // committed with the read: the rows are in the table, outside the request's transaction
        assertThat(jdbc.sql("SELECT reader FROM document_read WHERE application = ? ORDER BY id")
                .param(application.id()).query(String.class).list())
                .containsExactly(owner.username(), reviewer.username(), auditor.username());
        List<DocumentRead> reads = evidenceDocuments.documentReads(auditor, application.id());
        assertThat(reads).extracting(DocumentRead::reader, DocumentRead::grounds, DocumentRead::inline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(owner.username(), Grounds.OWNER, false),
                        org.assertj.core.groups.Tuple.tuple(reviewer.username(), Grounds.OPEN_TASK, true),
                        org.assertj.core.groups.Tuple.tuple(auditor.username(), Grounds.AUDIT, false));
        assertThat(reads).allSatisfy(read -> {
            assertThat(read.applicationId()).isEqualTo(application.id());
            assertThat(read.documentId()).isEqualTo(document);
            assertThat(read.documentName()).isEqualTo("portfolio.pdf");
            assertThat(read.readAt()).isBetween(before.minusSeconds(1), Instant.now());
        });
        mvc.perform(get("/api/applications/{id}/document-reads", application.id()).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[1].reader").value(reviewer.username()))
                .andExpect(jsonPath("$[1].grounds").value("OPEN_TASK"))
                .andExpect(jsonPath("$[1].inline").value(true))
                .andExpect(jsonPath("$[1].documentId").value(document.toString()));
    }

    @Test
    void a_refused_read_is_not_served_and_not_recorded() throws Exception {
        CurrentUser assessor = accounts.create(Role.ASSESSOR);

        mvc.perform(get("/api/applications/{id}/documents/{doc}", application.id(), document).with(as(assessor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/applications/{id}/documents/{doc}", application.id(), UUID.randomUUID())
                .with(as(owner))).andExpect(status().isNotFound());

        assertThat(evidenceDocuments.documentReads(accounts.create(Role.ADMIN), application.id())).isEmpty();
    }

    @Test
    void only_auditors_and_administrators_list_the_reads_and_only_of_submitted_applications() throws Exception {
        CurrentUser admin = accounts.create(Role.ADMIN);
        mvc.perform(get("/api/applications/{id}/document-reads", application.id()).with(as(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/applications/{id}/document-reads", application.id()).with(as(owner)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/applications/{id}/document-reads", application.id())
                .with(as(accounts.create(Role.REVIEWER)))).andExpect(status().isForbidden());

        ApplicationDetails draft = drafts.startDraft(accounts.create(Role.CANDIDATE), "SCPM");
        String forDraft = mvc.perform(get("/api/applications/{id}/document-reads", draft.id()).with(as(admin)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        UUID unknown = UUID.randomUUID();
        String forUnknown = mvc.perform(get("/api/applications/{id}/document-reads", unknown).with(as(admin)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(forDraft.replace(draft.id().toString(), "ID")).isEqualTo(forUnknown.replace(unknown.toString(), "ID"));
    }

    @Test
    void auditors_and_administrators_read_but_change_nothing() throws Exception {
        String review = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        for (CurrentUser reader : List.of(accounts.create(Role.AUDITOR), accounts.create(Role.ADMIN))) {
            mvc.perform(get("/api/applications/{id}", application.id()).with(as(reader))).andExpect(status().isOk());

            mvc.perform(post("/api/applications/{id}/withdraw", application.id()).with(writing(reader)))
                    .andExpect(status().isNotFound());
            mvc.perform(put("/api/applications/{id}", application.id()).with(writing(reader))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"statement\":\"changed by staff\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/tasks/{id}/claim", review).with(writing(reader))).andExpect(status().isForbidden());
            mvc.perform(post("/api/tasks/{id}/comments", review).with(writing(reader))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"A remark.\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/tasks/{id}/review", review).with(writing(reader))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"units\":[],\"message\":\"Done.\"}"))
                    .andExpect(status().isForbidden());
        }
        ApplicationDetails after = applications.details(application.id());
        assertThat(after.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(after.statement()).isEqualTo(application.statement());
        assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
        assertThat(taskService.getTaskComments(review)).isEmpty();
    }

    @Test
    void whoever_works_on_a_retake_reads_the_application_it_retakes_and_nobody_else_on_the_staff_does() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        ApplicationDetails original = applications.submit(candidate, TestDocuments.application("SCPD"));
        String review = claim(reviewer, original);
        tasks.completeReview(reviewer, review, TestStaffWork.review(tasks, reviewer, review, ReviewVerdict.SUFFICIENT,
                "Relevant."));
        exams.sitIfWaiting(original.id());
        String assessment = claim(assessor, original);
        tasks.completeAssessment(assessor, assessment, TestStaffWork.scores(tasks, assessor, assessment,
                unit -> unit.equals("SCPD-U1") ? new BigDecimal("80") : new BigDecimal("10"), "Interview."));
        String decision = claim(officer, original);
        tasks.completeDecision(officer, decision, TestStaffWork.decision("CERTIFY", "Unit 1 is certified."));
        management.createJobQuery().processInstanceId(original.processInstanceId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(applications.details(original.id()).status()).isEqualTo(ApplicationStatus.PARTIALLY_CERTIFIED);

        CurrentUser retakeAssessor = accounts.create(Role.ASSESSOR);
        assertThat(access.mayRead(retakeAssessor, original.id())).as("before the retake").isFalse();
        ApplicationDetails retake = retakes.startRetake(candidate, original.id(), true);
        // SCPD's route has the exam: the retake's assessment task exists once its exam is submitted
        exams.sitIfWaiting(retake.id());

        // the retake's assessment reuses the original's evidence and self-assessment
        assertThat(applications.get(retakeAssessor, retake.id()).id()).isEqualTo(retake.id());
        assertThat(applications.get(retakeAssessor, original.id()).documents()).isNotEmpty();
        assertThat(drafts.selfAssessment(retakeAssessor, original.id())).isEmpty();
        assertThat(evidenceDocuments.document(retakeAssessor, original.id(), original.documents().get(0).id(), true)
                .content()).startsWith("%PDF-".getBytes());
        assertThat(access.mayRead(reviewer, original.id())).as("completed the original's review").isTrue();
        assertThatThrownBy(() -> applications.get(accounts.create(Role.REVIEWER), original.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.get(accounts.create(Role.CERTIFICATION_OFFICER), original.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_openapi_description_names_the_reads_and_their_refusals() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/applications/{id}/document-reads'].get.responses['200']"
                        + ".content['*/*'].schema.items['$ref']").value("#/components/schemas/DocumentRead"))
                .andExpect(jsonPath("$.paths['/api/applications/{id}/document-reads'].get.responses['403']").exists())
                .andExpect(jsonPath("$.paths['/api/applications/{id}/document-reads'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/applications/{id}'].get.responses['200']"
                        + ".content['*/*'].schema['$ref']").value("#/components/schemas/ApplicationDetails"))
                .andExpect(jsonPath("$.paths['/api/applications/{id}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/applications/{id}/documents/{documentId}'].get.responses['404']")
                        .exists());
    }

    private String claim(CurrentUser staff, ApplicationDetails application) {
        String task = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        tasks.claim(staff, task);
        return task;
    }

    private static RequestPostProcessor as(CurrentUser reader) {
        return user(reader.username()).roles(reader.roles().stream().map(Enum::name).toArray(String[]::new));
    }

    /** A signed-in browser's write: with its CSRF token, so only the access rules can refuse it. */
    private static RequestPostProcessor writing(CurrentUser writer) {
        RequestPostProcessor signedIn = as(writer);
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}
