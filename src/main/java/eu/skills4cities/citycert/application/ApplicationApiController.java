package eu.skills4cities.citycert.application;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.base.PlainText;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The candidate's applications over JSON: the same service, the same rules as the UI. */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "Applications", description = "Apply for certification and follow an application")
class ApplicationApiController {

    private final ApplicationService applications;
    private final ApplicationDrafts drafts;
    private final EvidenceRequests evidenceRequests;
    private final ApplicationWithdrawal withdrawal;
    private final EvidenceDocuments evidenceDocuments;
    private final CurrentUserProvider users;

    ApplicationApiController(ApplicationService applications, ApplicationDrafts drafts,
                             EvidenceRequests evidenceRequests, ApplicationWithdrawal withdrawal,
                             EvidenceDocuments evidenceDocuments, CurrentUserProvider users) {
        this.evidenceRequests = evidenceRequests;
        this.withdrawal = withdrawal;
        this.evidenceDocuments = evidenceDocuments;
        this.applications = applications;
        this.drafts = drafts;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "The signed-in candidate's applications, newest first")
    List<ApplicationSummary> mine() {
        return applications.mine(users.require());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Apply in one step: role, answers, one document (evidence for the whole role) and the "
            + "candidate's declaration (true and complete, own work); starts the certification process. 422 lists "
            + "every problem, a missing or false declaration too, and nothing is stored. The wizard's step-by-step "
            + "way is /drafts")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(implementation = ApplicationApiForms.Application.class)))
    @ProblemAnswers(forbidden = "Only candidates apply")
    ResponseEntity<ApplicationDetails> submit(
            @Parameter(hidden = true) @RequestParam(required = false) String roleCode,
            @Parameter(hidden = true) @RequestParam(required = false) String statement,
            @Parameter(hidden = true) @RequestParam(required = false) Integer experienceYears,
            @Parameter(hidden = true) @RequestParam(required = false) Integer educationLevel,
            @Parameter(hidden = true) @RequestParam(required = false) MultipartFile document,
            @Parameter(hidden = true) @RequestParam(required = false) String recertificationOf,
            @Parameter(hidden = true) @RequestParam(required = false) Boolean declaration) throws IOException {
        UploadedDocument upload = document == null ? null
                : new UploadedDocument(document.getOriginalFilename(), document.getContentType(), document.getBytes());
        ApplicationDetails submitted = applications.submit(users.require(),
                new SubmitApplication(roleCode, statement, experienceYears, educationLevel, upload,
                        recertificationOf, Boolean.TRUE.equals(declaration)));
        return ResponseEntity.status(HttpStatus.CREATED).body(submitted);
    }

    record NewDraft(@Schema(example = "SCPM") @PlainText String roleCode,
                    @Schema(description = "To recertify: the number of the candidate's role certificate for the role",
                            example = "CC-2026-7KQ4-9XHM") @PlainText String recertificationOf) {
    }

    @PostMapping("/drafts")
    @Operation(summary = "Start a draft application for a role (one open application per role); with "
            + "recertificationOf, a recertification of the candidate's role certificate for it")
    @ProblemAnswers(forbidden = "Only candidates apply")
    ResponseEntity<ApplicationDetails> startDraft(@Valid @RequestBody NewDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(drafts.startDraft(users.require(), draft.roleCode(),
                draft.recertificationOf()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the draft's statement and eligibility answers (any may still be empty)")
    ApplicationDetails saveDraft(@PathVariable UUID id, @Valid @RequestBody DraftUpdate update) {
        return drafts.saveDraft(users.require(), id, update);
    }

    record Rating(@Schema(example = "PARTLY") @NotNull(message = "problem.input.required") SelfAssessmentLevel level,
                  @Schema(example = "I have done this twice, with help.") @PlainText(multiLine = true) String note) {
    }

    @PutMapping("/{id}/self-assessment/{elementCode}")
    @Operation(summary = "Rate one element of the role: NOT_YET, PARTLY or FULLY, with an optional note")
    ResponseEntity<Void> rate(@PathVariable UUID id, @PathVariable String elementCode,
                              @Valid @RequestBody Rating rating) {
        drafts.rate(users.require(), id, new SelfAssessment(elementCode, rating.level(), rating.note()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/self-assessment")
    @Operation(summary = "The self-assessment so far")
    List<SelfAssessment> selfAssessment(@PathVariable UUID id) {
        return drafts.selfAssessment(users.require(), id);
    }

    @PostMapping(value = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a document to the draft's portfolio, mapped to elements one by one and to whole units "
            + "(a unit stands for all its elements); 422 says exactly why not")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(implementation = ApplicationApiForms.PortfolioDocument.class)))
    ResponseEntity<DocumentInfo> addDocument(
            @PathVariable UUID id, @Parameter(hidden = true) @RequestParam(required = false) MultipartFile file,
            @Parameter(hidden = true) @RequestParam(required = false) String title,
            @Parameter(hidden = true) @RequestParam(required = false) String description,
            @Parameter(hidden = true) @RequestParam(required = false) java.util.Set<String> elements,
            @Parameter(hidden = true) @RequestParam(required = false) java.util.Set<String> units)
            throws IOException {
        UploadedDocument upload = file == null ? null
                : new UploadedDocument(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(drafts.addDocument(users.require(), id,
                new NewDocument(upload, title, description, elements, units)));
    }

    @DeleteMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Remove a document from the draft's portfolio")
    ResponseEntity<Void> removeDocument(@PathVariable UUID id, @PathVariable UUID documentId) {
        drafts.removeDocument(users.require(), id, documentId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Throw a draft away")
    ResponseEntity<Void> discard(@PathVariable UUID id) {
        drafts.discardDraft(users.require(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a complete draft with the candidate's declaration (true and complete, own work); "
            + "starts the certification process. 422 lists what is missing, the declaration too")
    ApplicationDetails submitDraft(@PathVariable UUID id,
                                   @RequestBody(required = false) Declaration declaration) {
        return drafts.submitDraft(users.require(), id, Declaration.made(declaration));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application the user may see: their own, one their staff work needs (an open or "
            + "completed task of theirs), or any submitted one for auditors and administrators")
    @ApiResponse(responseCode = "200", description = "The application")
    @ApiResponse(responseCode = "404", description = "No such application, or not yours to read: the same answer")
    ApplicationDetails get(@PathVariable UUID id) {
        return applications.get(users.require(), id);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The steps of an application, oldest first")
    List<TimelineEntry> timeline(@PathVariable UUID id) {
        return applications.timeline(users.require(), id);
    }

    @GetMapping("/{id}/evidence-request")
    @Operation(summary = "The open request for more evidence on my application (404 when there is none)")
    ResponseEntity<EvidenceRequest> evidenceRequest(@PathVariable UUID id) {
        return ResponseEntity.of(evidenceRequests.openEvidenceRequest(users.require(), id));
    }

    @PostMapping(value = "/{id}/evidence-request/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Answer the request for more evidence with a note and a document; back to review")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(implementation = ApplicationApiForms.EvidenceAnswer.class)))
    ApplicationDetails answerEvidenceRequest(
            @PathVariable UUID id, @Parameter(hidden = true) @RequestParam(required = false) String note,
            @Parameter(hidden = true) @RequestParam(required = false) MultipartFile document,
            @Parameter(hidden = true) @RequestParam(required = false) String recertificationOf) throws IOException {
        UploadedDocument upload = document == null ? null
                : new UploadedDocument(document.getOriginalFilename(), document.getContentType(), document.getBytes());
        return evidenceRequests.answerEvidenceRequest(users.require(), id, note, upload);
    }

    record Withdrawal(@Schema(example = "I changed jobs and will apply later.") @PlainText(multiLine = true)
                      @jakarta.validation.constraints.Size(max = ApplicationService.MAX_STATEMENT,
                              message = "problem.input.length") String reason) {
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw my application before the certification decision; 409 once decided")
    @ProblemAnswers(conflict = "The application has been decided, or is closed")
    ApplicationDetails withdraw(@PathVariable UUID id, @Valid @RequestBody(required = false)
                                Withdrawal withdrawal) {
        return this.withdrawal.withdraw(users.require(), id, withdrawal == null ? null : withdrawal.reason());
    }

    /** Types a browser may show inline: none of them runs script (HTML and SVG are refused on upload anyway). */
    private static final java.util.Set<String> INLINE_TYPES = java.util.Set.of("application/pdf", "image/png",
            "image/jpeg", "text/plain");

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Download an evidence document; inline=true shows PDFs, images and text in the browser, "
            + "under a sandboxing Content-Security-Policy that lets it run nothing, and nosniff. "
            + "Every read is recorded (see /document-reads)")
    @ApiResponse(responseCode = "200", description = "The document's bytes, in its content type")
    @ApiResponse(responseCode = "404", description = "No such application or document, or not yours to read: "
            + "the same answer")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId,
                                    @RequestParam(defaultValue = "false") boolean inline) {
        DocumentContent content = evidenceDocuments.document(users.require(), id, documentId, inline);
        boolean showInline = inline && INLINE_TYPES.contains(content.contentType());
        ContentDisposition disposition = (showInline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(content.fileName()).build();
        return ResponseEntity.ok()
                .headers(DocumentResponseHeaders.forDocument())
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content.content());
    }

    @GetMapping("/{id}/document-reads")
    @Operation(summary = "Who read which evidence document of a submitted application, when and on what grounds, "
            + "oldest first; for auditors and administrators")
    @ApiResponse(responseCode = "200", description = "The reads, oldest first")
    @ApiResponse(responseCode = "403", description = "Neither auditor nor administrator")
    @ApiResponse(responseCode = "404", description = "No such submitted application")
    List<DocumentRead> documentReads(@PathVariable UUID id) {
        return evidenceDocuments.documentReads(users.require(), id);
    }
}
