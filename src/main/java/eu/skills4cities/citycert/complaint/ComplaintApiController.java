package eu.skills4cities.citycert.complaint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.DocumentDownload;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Complaints over JSON (docs/user-guide/appeals-and-complaints.md): the public form and its
 * confirmation (anyone, rate-limited per address), the holder's side (complaints about them, their
 * response with documents) and the officers' work (triage, outcome). The complainant's documents are
 * given on the form page.
 */
@RestController
@Tag(name = "Complaints", description = "Complaints about a certified person or the certification body")
class ComplaintApiController {

    private static final String TOO_MANY = "Too many complaints or confirmations from this address: wait the "
            + "seconds that Retry-After gives";

    private final ComplaintIntake intake;
    private final ComplaintHolders holders;
    private final ComplaintWork work;
    private final ComplaintRateLimiter limiter;
    private final CurrentUserProvider users;

    ComplaintApiController(ComplaintIntake intake, ComplaintHolders holders, ComplaintWork work,
                           ComplaintRateLimiter limiter, CurrentUserProvider users) {
        this.intake = intake;
        this.holders = holders;
        this.work = work;
        this.limiter = limiter;
        this.users = users;
    }

    record ComplaintBody(@Schema(example = "Maria Example") String name,
                         @Schema(example = "maria@example.org") String email,
                         ComplaintSubject subject,
                         @Schema(example = "CC-2026-ABCD-EFG7") String certificateNumber,
                         @Schema(example = "The certified person presented work of mine as theirs.") String description) {
    }

    record Confirmation(@Schema(description = "the secret of the mailed link") String token) {
    }

    record TriageBody(Triage triage, @Schema(description = "the reason (not a complaint, mailed) or what the holder "
            + "is told (about a certified person)") String reason) {
    }

    record DecisionBody(ComplaintOutcome outcome, String reason, boolean noConflictOfInterest) {
    }

    @PostMapping("/api/complaints")
    @Operation(summary = "Make a complaint about a certified person (by certificate number) or the certification body",
            description = "Anyone. Without sign-in, 202: a link is mailed to the address, and the complaint counts "
                    + "once it is followed. Signed in, 201 with the complaint's number (the account's name and address "
                    + "are used). 422 names every problem and stores nothing; 429 beyond the rate limit")
    @ProblemAnswers(more = @ProblemAnswers.Answer(status = 429, description = TOO_MANY))
    ResponseEntity<SubmittedComplaint> submit(@RequestBody ComplaintBody body, HttpServletRequest request) {
        limiter.require(request.getRemoteAddr());
        SubmittedComplaint submitted = intake.submit(users.find().orElse(null), new NewComplaint(body.name(),
                body.email(), body.subject(), body.certificateNumber(), body.description(), List.of()));
        return ResponseEntity.status(submitted.number() == null ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
                .body(submitted);
    }

    @PostMapping("/api/complaints/confirm")
    @Operation(summary = "Confirm the complainant's address with the mailed link's secret: the complaint counts and "
            + "is numbered. 410 for a link that is unknown, used or expired; 429 beyond the rate limit")
    @ProblemAnswers(more = {
            @ProblemAnswers.Answer(status = 410, description = "The link is unknown, used or expired"),
            @ProblemAnswers.Answer(status = 429, description = TOO_MANY)})
    SubmittedComplaint confirm(@RequestBody Confirmation body, HttpServletRequest request) {
        limiter.require(request.getRemoteAddr());
        return intake.confirm(body.token());
    }

    @GetMapping("/api/me/complaints-about-me")
    @Operation(summary = "The complaints about my certificates: what the officers tell me, my responses, the outcome "
            + "(never who complained)")
    List<ComplaintAboutYou> aboutMe() {
        return holders.aboutMe(users.require());
    }

    @GetMapping("/api/me/complaints-about-me/{number}")
    @Operation(summary = "One complaint about my certificates")
    @ProblemAnswers(notFound = "No complaint about you with this number")
    ComplaintAboutYou aboutMe(@PathVariable String number) {
        return holders.aboutMe(users.require(), number);
    }

    @PostMapping(value = "/api/me/complaints-about-me/{number}/response", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Respond to a complaint about me with a text and documents (the evidence rules apply). "
            + "422 without a text, or for a document that does not pass")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = ResponseForm.class)))
    @ProblemAnswers(notFound = "No complaint about you with this number", conflict = "The investigation is closed")
    ComplaintAboutYou respond(@PathVariable String number,
                              @Parameter(hidden = true) @RequestParam(required = false) String text,
                              @Parameter(hidden = true) @RequestParam(required = false) List<MultipartFile> documents)
            throws IOException {
        List<UploadedDocument> uploaded = new ArrayList<>();
        for (MultipartFile document : documents == null ? List.<MultipartFile>of() : documents) {
            uploaded.add(new UploadedDocument(document.getOriginalFilename(), document.getContentType(),
                    document.getBytes()));
        }
        return holders.respond(users.require(), number, text, uploaded);
    }

    /** The response's form fields, for the OpenAPI description (read as optional parameters, so a missing text is a 422). */
    @Schema(name = "ComplaintResponseForm")
    record ResponseForm(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "The project report is mine; the client can "
                    + "confirm it.") String text,
            @ArraySchema(schema = @Schema(type = "string", format = "binary")) List<byte[]> documents) {
    }

    @GetMapping("/api/complaint-cases")
    @Operation(summary = "The complaint tasks I may work on: triage and investigations, oldest first")
    @ProblemAnswers(forbidden = "Only certification officers and the quality manager work on complaints")
    List<ComplaintCase> openWork() {
        return work.openWork(users.require());
    }

    @GetMapping("/api/complaint-cases/{number}")
    @Operation(summary = "One complaint, for those who work or worked on it (and auditors)")
    @ProblemAnswers(forbidden = "Only staff who work on the complaint read it",
            notFound = "No complaint with this number that you work on")
    ComplaintCase read(@PathVariable String number) {
        return work.read(users.require(), number);
    }

    @GetMapping("/api/complaint-cases/{number}/documents/{id}")
    @Operation(summary = "A document of the complaint or of the holder's responses")
    @ProblemAnswers(forbidden = "Only staff who work on the complaint read it",
            notFound = "No such document of a complaint you work on")
    ResponseEntity<byte[]> document(@PathVariable String number, @PathVariable UUID id) {
        ComplaintFile document = work.document(users.require(), number, id);
        return DocumentDownload.attachment(document.fileName(), document.contentType(), document.content());
    }

    @PostMapping("/api/complaint-cases/{number}/triage")
    @Operation(summary = "Triage a complaint: not a complaint (reason mailed), about the body, or about a certified "
            + "person (the reason is what the holder is told). 403 for the complainant, the holder and whoever "
            + "reviewed or assessed the holder's certification")
    @ProblemAnswers(forbidden = "Only certification officers, and none who may not handle this complaint",
            conflict = "The complaint awaits no triage")
    ComplaintCase triage(@PathVariable String number, @RequestBody TriageBody body) {
        return work.triage(users.require(), number, body.triage(), body.reason());
    }

    @PostMapping("/api/complaint-cases/{number}/decision")
    @Operation(summary = "The outcome of the investigation, with the reason and the declaration of no conflict of "
            + "interest: NO_ACTION, WARNING (noted on the certificate), SUSPEND or WITHDRAW (through the register) "
            + "about a certified person; UPHELD or REJECTED about the body")
    @ProblemAnswers(forbidden = "Only the officers or the quality manager working on it, and none who may not "
            + "handle this complaint", conflict = "Nothing is under investigation, or the certificate's status "
            + "refuses the decision")
    ComplaintCase decide(@PathVariable String number, @RequestBody DecisionBody body) {
        return work.decide(users.require(), number, body.outcome(), body.reason(), body.noConflictOfInterest());
    }
}
