package eu.skills4cities.citycert.audit;

import java.time.LocalDate;
import java.util.List;

import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over JSON: its entries, its verification, and its signed checkpoints, read-only. */
@RestController
@ProblemAnswers(forbidden = "Only auditors and administrators read the audit log")
@RequestMapping("/api/audit")
@Tag(name = "Audit log", description = "The tamper-evident audit log: entries, verification and signed checkpoints")
class AuditLogApiController {

    /** The media type of a compact JWS (RFC 7515). */
    static final String JOSE = "application/jose";

    private final AuditEvents events;
    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final CurrentUserProvider users;

    AuditLogApiController(AuditEvents events, AuditVerifier verifier, AuditCheckpoints checkpoints,
                          CurrentUserProvider users) {
        this.events = events;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.users = users;
    }

    record EventPage(List<AuditEntry> events, int page, int size, long total) {
    }

    record CheckpointPage(List<AuditCheckpoint> checkpoints, int page, int size, long total) {
    }

    /** @param checkpoint a checkpoint kept elsewhere: the compact JWS as downloaded or mailed */
    record Presented(String checkpoint) {
    }

    @GetMapping("/events")
    @Operation(summary = "The audit log's entries, newest first, a page at a time with the total. Filters (each "
            + "optional): action, actor and objectType exactly in any case, objectId exactly, from and to as "
            + "inclusive days (UTC, yyyy-mm-dd). 422 for a negative page, a size outside 1-500, a filter over 100 "
            + "characters or a period that ends before it starts")
    EventPage events(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
                     @RequestParam(required = false) String objectType,
                     @RequestParam(required = false) String objectId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        CurrentUser user = users.require();
        AuditEventFilter filter = new AuditEventFilter(action, actor, objectType, objectId, from, to);
        List<AuditEntry> found = events.search(user, filter, offset(page, size), size);
        return new EventPage(found, page, size, events.count(user, filter));
    }

    @GetMapping("/verification")
    @Operation(summary = "Checks the whole chain and every stored checkpoint now: intact up to the head, or the "
            + "first broken link (sequence and problem)")
    AuditVerification verification() {
        return verifier.verify(users.require());
    }

    @PostMapping(value = "/verification", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Checks the whole chain against every stored checkpoint and the one presented (kept "
            + "elsewhere, e.g. the mailed off-site copy), which catches a rewrite of the checkpoint table too. 422 "
            + "naming the field checkpoint when it is not a checkpoint signed by the certification body; nothing "
            + "is stored")
    AuditVerification verifyAgainst(@RequestBody Presented presented) {
        return verifier.verifyAgainst(users.require(), presented == null ? null : presented.checkpoint());
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "The signed checkpoints, newest first, a page at a time with the total. 422 for a "
            + "negative page or a size outside 1-500")
    CheckpointPage checkpoints(@RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        CurrentUser user = users.require();
        List<AuditCheckpoint> found = checkpoints.list(user, offset(page, size), size);
        return new CheckpointPage(found, page, size, checkpoints.count(user));
    }

    @GetMapping(value = "/checkpoints/latest", produces = JOSE)
    @Operation(summary = "The latest checkpoint as a file: the compact JWS (RS256, the body's certificate chain in "
            + "x5c; payload sequence, hash, signedAt, issuer), to keep off-site")
    @ApiResponse(responseCode = "200", description = "The checkpoint", content = @Content(mediaType = JOSE))
    @ProblemAnswers(notFound = "No checkpoint has been signed yet")
    ResponseEntity<String> latest() {
        return file(checkpoints.latest(users.require()));
    }

    @GetMapping(value = "/checkpoints/{sequence}", produces = JOSE)
    @Operation(summary = "One checkpoint, by the sequence it signed, as a file (compact JWS)")
    @ApiResponse(responseCode = "200", description = "The checkpoint", content = @Content(mediaType = JOSE))
    @ProblemAnswers(notFound = "No checkpoint at this sequence")
    ResponseEntity<String> bySequence(@PathVariable long sequence) {
        return file(checkpoints.bySequence(users.require(), sequence));
    }

    private static ResponseEntity<String> file(AuditCheckpoint checkpoint) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(JOSE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(checkpoint.fileName()).build().toString())
                .body(checkpoint.jws());
    }

    private static int offset(int page, int size) {
        return page < 0 ? -1 : (int) Math.min((long) page * Math.max(size, 0), Integer.MAX_VALUE);
    }
}
