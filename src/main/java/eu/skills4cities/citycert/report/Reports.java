package eu.skills4cities.citycert.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.SafeCsv;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports, for officers, auditors and administrators ({@link Role#REPORT_READERS}); the
 * assessors' consistency for officers and auditors only ({@link Role#ASSESSOR_CONSISTENCY_READERS}); the exam
 * item statistics for exam authors too ({@link ReportFigure#readers()}).
 * Checks the filter (period and role), runs each figure's SQL ({@link ReportQueries}) and writes a
 * figure as CSV. The page and the API both call it, so they refuse the same people and inputs alike.
 */
@Service
public class Reports {

    /** No report starts before this day: an earlier one is a typing mistake, not a question. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The longest period one report covers. */
    public static final int MAX_YEARS = 10;
    private static final int MAX_ROLE_CODE = 40;

    private final ReportQueries queries;
    private final ExamReportQueries examQueries;
    private final FrameworkCatalogue catalogue;
    private final MessageSource messages;
    private final Clock clock;

    Reports(ReportQueries queries, ExamReportQueries examQueries, FrameworkCatalogue catalogue,
            MessageSource messages, Clock clock) {
        this.queries = queries;
        this.examQueries = examQueries;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The filter for these inputs, checked: the period defaults to this year up to today (UTC);
     * {@code to} must not be before {@code from}, the period at most {@value #MAX_YEARS} years, from
     * 2000 to a year ahead; the role, when given, one a framework publishes or an application names.
     *
     * @throws InvalidInputException naming each field that is wrong
     */
    @Transactional(readOnly = true)
    public ReportFilter filter(CurrentUser user, LocalDate from, LocalDate to, String roleCode) {
        require(user);
        LocalDate today = today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        List<UserMessage> problems = new ArrayList<>();
        if (start.isBefore(EARLIEST)) {
            problems.add(UserMessage.of("problem.report.from-too-early", start, EARLIEST));
        }
        if (end.isAfter(today.plusYears(1))) {
            problems.add(UserMessage.of("problem.report.to-too-late", end, today.plusYears(1)));
        }
        if (end.isBefore(start)) {
            problems.add(UserMessage.of("problem.report.to-before-from", end, start));
        } else if (start.plusYears(MAX_YEARS).isBefore(end)) {
            problems.add(UserMessage.of("problem.report.period-too-long", MAX_YEARS));
        }
        String role = roleCode == null || roleCode.isBlank() ? null : roleCode.strip();
        if (role != null && !knownRole(role)) {
            // the answer repeats what was sent, but no more of it than a role code could be
            problems.add(UserMessage.of("problem.report.role-unknown",
                    role.length() > MAX_ROLE_CODE ? role.substring(0, MAX_ROLE_CODE) + "…" : role));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.report.refused", problems);
        }
        return new ReportFilter(start, end, role);
    }

    /** The roles to filter by: every role a framework publishes and every role an application was made for. */
    @Transactional(readOnly = true)
    public List<String> roles(CurrentUser user) {
        require(user);
        TreeSet<String> roles = new TreeSet<>(queries.appliedRoles());
        catalogue.publishedRoles().forEach(p -> roles.add(p.role().code()));
        return List.copyOf(roles);
    }

    /** The figures this user may read, in the page's order. */
    public List<ReportFigure> figures(CurrentUser user) {
        require(user);
        return Arrays.stream(ReportFigure.values()).filter(f -> mayRead(user, f)).toList();
    }

    public boolean mayRead(CurrentUser user, ReportFigure figure) {
        return user.hasAnyOf(figure.readers());
    }

    /** Every figure the user may read, in one read-only transaction: what one render of the page runs. */
    @Transactional(readOnly = true)
    public ReportPage page(CurrentUser user, ReportFilter filter) {
        Map<ReportFigure, List<? extends ReportRow>> figures = new LinkedHashMap<>();
        for (ReportFigure figure : figures(user)) {
            figures.put(figure, rows(figure, filter));
        }
        return new ReportPage(filter, figures);
    }

    /** One figure's rows. */
    @Transactional(readOnly = true)
    public List<? extends ReportRow> figure(CurrentUser user, ReportFigure figure, ReportFilter filter) {
        require(user, figure);
        return rows(figure, filter);
    }

    @Transactional(readOnly = true)
    public List<PeriodCount> periodCounts(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.PERIOD);
        return queries.periodCounts(filter);
    }

    @Transactional(readOnly = true)
    public List<CycleTime> cycleTimes(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.CYCLE_TIMES);
        return queries.cycleTimes(filter);
    }

    @Transactional(readOnly = true)
    public List<ServiceLevel> serviceLevels(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.SERVICE_LEVELS);
        return queries.serviceLevels(filter, clock.instant());
    }

    /** Today's open staff tasks per queue, for the role; the period does not apply. */
    @Transactional(readOnly = true)
    public List<QueueBacklog> backlog(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.BACKLOG);
        return queries.backlog(filter, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<RolePassRate> rolePassRates(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.ROLE_PASS_RATES);
        return queries.rolePassRates(filter);
    }

    @Transactional(readOnly = true)
    public List<UnitPassRate> unitPassRates(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.UNIT_PASS_RATES);
        return queries.unitPassRates(filter);
    }

    @Transactional(readOnly = true)
    public List<ScoreBand> scoreDistribution(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.SCORE_DISTRIBUTION);
        return queries.scoreDistribution(filter);
    }

    /** Appeals and complaints received, decided and upheld, and the median days to their outcome. */
    @Transactional(readOnly = true)
    public List<OutcomeTime> outcomeTimes(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.OUTCOME_TIMES);
        return queries.outcomeTimes(filter);
    }

    /** Unit scores per role, unit and the route the application took ({@link RouteTaken}). */
    @Transactional(readOnly = true)
    public List<UnitRoutePassRate> unitRoutePassRates(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.UNIT_ROUTE_PASS_RATES);
        return examQueries.unitRoutePassRates(filter);
    }

    /** Per exam item version: use, share right, item–rest correlation; exam authors read it too. */
    @Transactional(readOnly = true)
    public List<ItemStatistic> itemStatistics(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.ITEM_STATISTICS);
        return examQueries.itemStatistics(filter);
    }

    /** Officers and auditors only. */
    @Transactional(readOnly = true)
    public List<AssessorConsistency> assessorConsistency(CurrentUser user, ReportFilter filter) {
        require(user, ReportFigure.ASSESSOR_CONSISTENCY);
        return queries.assessorConsistency(filter);
    }

    /** Where a CSV goes, opened only once the export may start, so a refusal is still a clean answer. */
    @FunctionalInterface
    public interface Destination {
        OutputStream open() throws IOException;
    }

    /** One figure as CSV (UTF-8 with a byte order mark, a header row in the locale, codes and numbers as the API gives them). */
    @Transactional(readOnly = true)
    public void csv(CurrentUser user, ReportFigure figure, ReportFilter filter, Locale locale, Destination destination) {
        List<? extends ReportRow> rows = figure(user, figure, filter);
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(destination.open(), StandardCharsets.UTF_8));
            out.write('\uFEFF');
            SafeCsv csv = new SafeCsv(out);
            csv.line(figure.columns().stream()
                    .map(column -> messages.getMessage("report.column." + column, null, locale)).toList());
            for (ReportRow row : rows) {
                csv.line(row.cells());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String csvFileName(ReportFigure figure, ReportFilter filter) {
        return "report-" + figure.path() + "-" + filter.from() + "-" + filter.to()
                + (filter.allRoles() ? "" : "-" + filter.roleCode().replaceAll("[^A-Za-z0-9-]", "_")) + ".csv";
    }

    private List<? extends ReportRow> rows(ReportFigure figure, ReportFilter filter) {
        return switch (figure) {
            case PERIOD -> queries.periodCounts(filter);
            case CYCLE_TIMES -> queries.cycleTimes(filter);
            case SERVICE_LEVELS -> queries.serviceLevels(filter, clock.instant());
            case BACKLOG -> queries.backlog(filter, clock.instant());
            case ROLE_PASS_RATES -> queries.rolePassRates(filter);
            case UNIT_PASS_RATES -> queries.unitPassRates(filter);
            case SCORE_DISTRIBUTION -> queries.scoreDistribution(filter);
            case OUTCOME_TIMES -> queries.outcomeTimes(filter);
            case ASSESSOR_CONSISTENCY -> queries.assessorConsistency(filter);
            case UNIT_ROUTE_PASS_RATES -> examQueries.unitRoutePassRates(filter);
            case ITEM_STATISTICS -> examQueries.itemStatistics(filter);
        };
    }

    private boolean knownRole(String role) {
        return catalogue.publishedRole(role).isPresent() || queries.anyApplicationFor(role);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private void require(CurrentUser user, ReportFigure figure) {
        require(user);
        if (!mayRead(user, figure)) {
            // a report reader is refused only the assessors' consistency; an exam author, all but the item statistics
            throw RefusedException.forbidden(user.hasAnyOf(Role.REPORT_READERS) ? "problem.report.assessors-forbidden"
                    : "problem.report.forbidden");
        }
    }

    /** Whoever may read at least one figure may use the filter and see the page. */
    private static void require(CurrentUser user) {
        if (!user.hasAnyOf(ReportFigure.anyReaders())) {
            throw RefusedException.forbidden("problem.report.forbidden");
        }
    }
}
