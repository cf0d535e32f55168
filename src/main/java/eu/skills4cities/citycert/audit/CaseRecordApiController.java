package eu.skills4cities.citycert.audit;

import java.util.UUID;

import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case record of one application and its signed case file over the API, read-only. */
@RestController
@RequestMapping("/api/audit/applications/{id}")
@Tag(name = "Audit", description = "The auditor's workspace: every submitted application, searched and exported")
class CaseRecordApiController {

    private static final String NOT_FOUND = "No submitted application with this id that the caller may see";

    private final CaseRecord records;
    private final CaseFileExport export;
    private final CurrentUserProvider users;

    CaseRecordApiController(CaseRecord records, CaseFileExport export, CurrentUserProvider users) {
        this.records = records;
        this.export = export;
        this.users = users;
    }

    @GetMapping("/record")
    @Operation(summary = "The case record of the application in time order: who did what, when and why. Auditors "
            + "and administrators get all of it (complete = true); a reviewer, assessor or officer who worked on it "
            + "gets their own part (complete = false)")
    @ProblemAnswers(notFound = NOT_FOUND)
    ApplicationCaseRecord record(@PathVariable UUID id) {
        return records.of(users.require(), id);
    }

    @GetMapping("/case-file.pdf")
    @Operation(summary = "The case record as a PDF/A sealed with the certification body's key (PAdES baseline B), "
            + "with each evidence document's name and SHA-256. The export is recorded in the audit log")
    @ApiResponse(responseCode = "200", description = "The sealed PDF", content = @Content(mediaType = "application/pdf"))
    @ProblemAnswers(notFound = NOT_FOUND, forbidden = "Only auditors and administrators export a case file")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, java.util.Locale locale) {
        return download(export.pdf(users.require(), id, reader(locale)), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/case-file.zip")
    @Operation(summary = "The case file as a ZIP: record.json (the case record), record.json.jws (its detached JWS, "
            + "RS256, the signing certificate in x5c), record.pdf (sealed) and README.txt. The export is recorded in "
            + "the audit log")
    @ApiResponse(responseCode = "200", description = "The ZIP", content = @Content(mediaType = "application/zip"))
    @ProblemAnswers(notFound = NOT_FOUND, forbidden = "Only auditors and administrators export a case file")
    ResponseEntity<byte[]> zip(@PathVariable UUID id, java.util.Locale locale) {
        return download(export.zip(users.require(), id, reader(locale)), MediaType.parseMediaType("application/zip"));
    }

    /** The request's language (Accept-Language) when CityCert offers it, else English. */
    private static java.util.Locale reader(java.util.Locale requested) {
        return eu.skills4cities.citycert.security.Languages.supported(requested.getLanguage())
                .orElse(eu.skills4cities.citycert.security.Languages.DEFAULT);
    }

    private static ResponseEntity<byte[]> download(CaseFileExport.Download file, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
