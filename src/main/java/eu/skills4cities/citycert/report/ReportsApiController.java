package eu.skills4cities.citycert.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports over JSON and CSV: one operation per figure, each with the period ({@code from},
 * {@code to}: ISO dates, both included; this year to today when left out) and the role
 * ({@code role}: a certification role code; every role when left out).
 */
@RestController
@ProblemAnswers(forbidden = "Certification officers, auditors and administrators; the assessors' consistency "
        + "certification officers and auditors only; the item statistics exam authors too")
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "The figures the certification body runs itself by, per period and role")
class ReportsApiController {

    private static final String FILTER = ". 422 naming the field when to is before from, the period is longer than "
            + Reports.MAX_YEARS + " years or starts before 2000, or the role is unknown";

    private final Reports reports;
    private final CurrentUserProvider users;

    ReportsApiController(Reports reports, CurrentUserProvider users) {
        this.reports = reports;
        this.users = users;
    }

    /** One figure's rows for the filter as checked (with its defaults filled in). */
    record Answer<T>(ReportFilter filter, List<T> rows) {
    }

    /** Every figure the caller may read, by its path. */
    record PageAnswer(ReportFilter filter, Map<String, List<? extends ReportRow>> figures) {
    }

    @GetMapping
    @Operation(summary = "Every figure the caller may read, as the reports page shows them" + FILTER)
    PageAnswer page(@Parameter(description = "first day, ISO date") @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @Parameter(description = "last day, ISO date") @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @Parameter(description = "certification role code") @RequestParam(required = false) String role) {
        CurrentUser user = users.require();
        ReportPage page = reports.page(user, reports.filter(user, from, to, role));
        Map<String, List<? extends ReportRow>> figures = new java.util.LinkedHashMap<>();
        page.figures().forEach((figure, rows) -> figures.put(figure.path(), rows));
        return new PageAnswer(page.filter(), figures);
    }

    @GetMapping("/period")
    @Operation(summary = "Applications received, eligible, refused at each stage, withdrawn, lapsed, certified; "
            + "certificates issued, suspended and withdrawn; complaints and appeals received and decided; renewals and "
            + "recertifications, in the period"
            + FILTER)
    Answer<PeriodCount> period(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::periodCounts);
    }

    @GetMapping("/cycle-times")
    @Operation(summary = "Median and 90th percentile days from submission to each stage and to the decision, per "
            + "role, for the stages reached in the period" + FILTER)
    Answer<CycleTime> cycleTimes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::cycleTimes);
    }

    @GetMapping("/service-levels")
    @Operation(summary = "Staff tasks overdue (by due month) and escalated, per stage and month" + FILTER)
    Answer<ServiceLevel> serviceLevels(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::serviceLevels);
    }

    @GetMapping("/backlog")
    @Operation(summary = "Today's open staff tasks per queue: all, unclaimed, overdue; the period does not apply"
            + FILTER)
    Answer<QueueBacklog> backlog(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::backlog);
    }

    @GetMapping("/role-pass-rates")
    @Operation(summary = "Assessments per role by outcome, and the share judged competent" + FILTER)
    Answer<RolePassRate> rolePassRates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::rolePassRates);
    }

    @GetMapping("/unit-pass-rates")
    @Operation(summary = "Unit assessments per role and unit: passed, pass rate, mean score" + FILTER)
    Answer<UnitPassRate> unitPassRates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::unitPassRates);
    }

    @GetMapping("/score-distribution")
    @Operation(summary = "Scores per unit in bands of ten points, every band listed" + FILTER)
    Answer<ScoreBand> scoreDistribution(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::scoreDistribution);
    }

    @GetMapping("/outcome-times")
    @Operation(summary = "Appeals and complaints received, decided and upheld in the period, and the median days "
            + "from receipt to the outcome of those decided" + FILTER)
    Answer<OutcomeTime> outcomeTimes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::outcomeTimes);
    }

    @GetMapping("/assessor-consistency")
    @ProblemAnswers(forbidden = "Certification officers and auditors only")
    @Operation(summary = "Per assessor: applications and units assessed, units passed, pass rate, mean score" + FILTER)
    Answer<AssessorConsistency> assessorConsistency(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::assessorConsistency);
    }

    @GetMapping("/unit-route-pass-rates")
    @Operation(summary = "Unit assessments per role, unit and the route the application took (EXAM: a submitted "
            + "exam and every unit scored by it; BOTH: a submitted exam and a unit scored from the portfolio; "
            + "PORTFOLIO: no submitted exam): passed, pass rate, mean score" + FILTER)
    Answer<UnitRoutePassRate> unitRoutePassRates(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::unitRoutePassRates);
    }

    @GetMapping("/item-statistics")
    @ProblemAnswers(forbidden = "Certification officers, auditors, administrators and exam authors")
    @Operation(summary = "Per exam item version, over the sessions submitted in the period and not voided: times "
            + "on a form, answered, answered right, the share right (p), the item-rest correlation (from "
            + ItemStatistic.MIN_SESSIONS + " sessions on) and the reasons to review it; never the item's text, "
            + "options or key" + FILTER)
    Answer<ItemStatistic> itemStatistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String role) {
        return answer(from, to, role, reports::itemStatistics);
    }

    @GetMapping("/{figure}/export.csv")
    @ProblemAnswers(notFound = "No figure has this path")
    @Operation(summary = "One figure as CSV (UTF-8, header row; codes and numbers as in the JSON); figure is the "
            + "path of its JSON operation, such as cycle-times" + FILTER)
    @ApiResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv"))
    void export(@PathVariable String figure,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String role, HttpServletResponse response) {
        CurrentUser user = users.require();
        ReportFigure found = ReportFigure.ofPath(figure).orElseThrow(() -> NotFoundException.of("report.not-found"));
        ReportFilter filter = reports.filter(user, from, to, role);
        reports.csv(user, found, filter, LocaleContextHolder.getLocale(), () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(reports.csvFileName(found, filter)).build().toString());
            return response.getOutputStream();
        });
    }

    private <T> Answer<T> answer(LocalDate from, LocalDate to, String role,
                                 BiFunction<CurrentUser, ReportFilter, List<T>> figure) {
        CurrentUser user = users.require();
        ReportFilter filter = reports.filter(user, from, to, role);
        return new Answer<>(filter, figure.apply(user, filter));
    }
}
