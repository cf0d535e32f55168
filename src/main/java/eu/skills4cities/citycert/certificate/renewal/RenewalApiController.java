package eu.skills4cities.citycert.certificate.renewal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.PlainText;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess.Outcome;
import eu.skills4cities.citycert.base.DocumentDownload;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
 * Renewals over JSON: the holder's renewal of a certificate (its terms and state, submitting it, more
 * documents, the answer to a request), and the reviewers' checks. The same services as the screens.
 */
@RestController
@Tag(name = "Renewals", description = "Renew a certificate with continuing professional development, and "
        + "check renewals (reviewers)")
class RenewalApiController {

    private final Renewals renewals;
    private final RenewalChecks checks;
    private final CurrentUserProvider users;

    RenewalApiController(Renewals renewals, RenewalChecks checks, CurrentUserProvider users) {
        this.renewals = renewals;
        this.checks = checks;
        this.users = users;
    }

    /** What renewing asks, and the latest renewal (null when there is none). */
    record RenewalState(RenewalTerms terms, Renewal renewal) {
    }

    record Activity(@Schema(example = "Urban data platforms course") @PlainText String title,
                    @Schema(example = "2026-03-02") LocalDate from, @Schema(example = "2026-03-06") LocalDate to,
                    @Schema(example = "24") BigDecimal hours,
                    @Schema(example = "[\"SCPD-U1\"]") List<@PlainText String> units) {
    }

    record Submission(@Valid List<Activity> activities,
                      @Schema(description = "I declare that I practised the role through the cycle") boolean
                              continuedPractice) {
    }

    record Answer(@Schema(example = "The attendance certificate is attached.") @PlainText(multiLine = true) String text) {
    }

    record Decision(@Schema(example = "MORE_NEEDED") Outcome outcome,
                    @Schema(example = "Please add the course's attendance certificate.") @PlainText(multiLine = true)
                    String text, boolean noConflictOfInterest) {
    }

    @GetMapping("/api/certificates/{number}/renewal")
    @Operation(summary = "What renewing my certificate asks (window, CPD hours and units) and my latest renewal")
    @ProblemAnswers(forbidden = "Only holders renew", notFound = "No certificate with this number of yours")
    RenewalState state(@PathVariable String number) {
        var user = users.require();
        return new RenewalState(renewals.terms(user, number), renewals.latest(user, number).orElse(null));
    }

    @PostMapping("/api/certificates/{number}/renewal")
    @Operation(summary = "Submit a renewal of my active certificate inside its window, with the cycle's CPD "
            + "activities and the declaration of continued practice (documents: POST …/renewal/documents). 422 names "
            + "each field that falls short (hours X of Y, units, dates, declaration)")
    @ProblemAnswers(forbidden = "Only holders renew", notFound = "No certificate with this number of yours",
            conflict = "The certificate is not active, the window is not open yet, a renewal is open already, or "
                    + "the chain's recertification falls due first (recertify instead)")
    ResponseEntity<Renewal> submit(@PathVariable String number, @Valid @RequestBody Submission body) {
        List<CpdActivity> activities = Optional.ofNullable(body.activities()).orElse(List.of()).stream()
                .map(a -> new CpdActivity(a.title(), a.from(), a.to(), a.hours(), a.units())).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(renewals.submit(users.require(), number,
                new Renewals.Submission(activities, body.continuedPractice()), List.of()));
    }

    @PostMapping(value = "/api/certificates/{number}/renewal/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a document (at most 10 MB, 10 in all) to my open renewal")
    @ProblemAnswers(forbidden = "Only holders renew", notFound = "No certificate with this number of yours",
            conflict = "No renewal of this certificate is open")
    Renewal document(@PathVariable String number, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw InvalidInputException.of("problem.renewal.document-missing");
        }
        return renewals.addDocument(users.require(), number,
                new Renewals.NewDocument(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    }

    @PostMapping("/api/certificates/{number}/renewal/answer")
    @Operation(summary = "Answer the reviewer's request for more on my renewal")
    @ProblemAnswers(forbidden = "Only holders renew", notFound = "No certificate with this number of yours",
            conflict = "No request for more is open")
    Renewal answer(@PathVariable String number, @Valid @RequestBody Answer body) {
        return renewals.answer(users.require(), number, body.text(), List.of());
    }

    @GetMapping("/api/renewals/documents/{id}")
    @Operation(summary = "A document of a renewal (its holder; reviewers, certification officers, auditors, "
            + "administrators)")
    @ProblemAnswers(notFound = "No such document, or not yours to see")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        RenewalStore.StoredDocument document = renewals.document(users.require(), id);
        return DocumentDownload.attachment(document.fileName(), document.contentType(), document.content());
    }

    @GetMapping("/api/renewals/checks")
    @Operation(summary = "The renewals waiting for a check, longest waiting first (reviewers)")
    @ProblemAnswers(forbidden = "Only reviewers check renewals")
    List<RenewalChecks.OpenCheck> open() {
        return checks.open(users.require());
    }

    @PostMapping("/api/renewals/checks/{taskId}/claim")
    @Operation(summary = "Take a renewal's check (refused to its holder and to whoever reviewed or assessed the "
            + "certificate's application)")
    @ProblemAnswers(forbidden = "Only reviewers, and not the holder or who judged the application",
            notFound = "No such check in my queue", conflict = "Another reviewer has it")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        checks.claim(users.require(), taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/renewals/checks/{taskId}/decision")
    @Operation(summary = "Decide a renewal I took: ACCEPT (a successor certificate is issued), MORE_NEEDED (text: "
            + "the request) or REFUSE (text: the reason); the declaration of no conflict of interest is required")
    @ProblemAnswers(forbidden = "Only reviewers; claim the check first", notFound = "No such check in my queue",
            conflict = "Another reviewer has it")
    ResponseEntity<Void> decide(@PathVariable String taskId, @Valid @RequestBody Decision body) {
        checks.decide(users.require(), taskId, body.outcome(), body.text(), body.noConflictOfInterest());
        return ResponseEntity.noContent().build();
    }
}
