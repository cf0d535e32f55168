package eu.skills4cities.citycert.audit;

import java.util.List;

import eu.skills4cities.citycert.application.SubmittedApplication;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditor's list of submitted applications over JSON and CSV, read-only. */
@RestController
@ProblemAnswers(forbidden = "Only auditors and administrators list every application")
@RequestMapping("/api/audit/applications")
@Tag(name = "Audit", description = "The auditor's workspace: every submitted application, searched and exported")
class AuditApplicationsApiController {

    private static final String SEARCH = " q (optional) matches the number (beginning, any case), the candidate's "
            + "name (part, any case), the role code or the status (exact, any case)";

    private final AuditApplications applications;
    private final CurrentUserProvider users;

    AuditApplicationsApiController(AuditApplications applications, CurrentUserProvider users) {
        this.applications = applications;
        this.users = users;
    }

    record Page(List<SubmittedApplication> applications, int page, int size, long total) {
    }

    @GetMapping
    @Operation(summary = "Every submitted application, newest first, a page at a time with the total." + SEARCH
            + ". 422 for a negative page or a size outside 1-500")
    Page search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "50") int size) {
        CurrentUser user = users.require();
        int offset = page < 0 ? -1 : (int) Math.min((long) page * Math.max(size, 0), Integer.MAX_VALUE);
        List<SubmittedApplication> found = applications.search(user, q, offset, size);
        return new Page(found, page, size, applications.count(user, q));
    }

    @GetMapping("/export.csv")
    @Operation(summary = "Every submitted application the search finds, as CSV (UTF-8, header row)." + SEARCH)
    @ApiResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv"))
    void export(@RequestParam(required = false) String q, HttpServletResponse response) {
        String fileName = applications.exportFileName();
        applications.export(users.require(), q, LocaleContextHolder.getLocale(), () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
            return response.getOutputStream();
        });
    }
}
