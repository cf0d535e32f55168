package eu.skills4cities.citycert.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.skills4cities.citycert.base.SafeCsv;
import eu.skills4cities.citycert.application.ApplicationAccess;
import eu.skills4cities.citycert.application.SubmittedApplication;
import eu.skills4cities.citycert.application.SubmittedApplications;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The auditor's list of applications: every submitted one, searched, paged and exported as CSV,
 * read-only. Auditors and administrators only ({@link ApplicationAccess#audits}).
 */
@Service
public class AuditApplications {

    /** The largest page a search returns. */
    public static final int MAX_PAGE_SIZE = 500;
    static final List<String> CSV_COLUMNS = List.of("number", "candidate", "role", "status", "submitted", "decided",
            "reviewer", "assessor", "decider");

    private final SubmittedApplications applications;
    private final MessageSource messages;
    private final Clock clock;

    AuditApplications(SubmittedApplications applications, MessageSource messages, Clock clock) {
        this.applications = applications;
        this.messages = messages;
        this.clock = clock;
    }

    /** Where an export goes, opened only once it may start, so a refusal is still a clean answer. */
    @FunctionalInterface
    public interface Destination {
        OutputStream open() throws IOException;
    }

    /** A page of the applications the text finds (number, candidate name, role code or status), newest first. */
    public List<SubmittedApplication> search(CurrentUser user, String text, int offset, int limit) {
        require(user);
        List<UserMessage> problems = new ArrayList<>();
        if (offset < 0) {
            problems.add(UserMessage.of("problem.audit-applications.page"));
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            problems.add(UserMessage.of("problem.audit-applications.size", MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.audit-applications.refused", problems);
        }
        return applications.search(user, text, offset, limit);
    }

    public long count(CurrentUser user, String text) {
        require(user);
        return applications.count(user, text);
    }

    /** Every application the text finds as CSV (UTF-8 with a byte order mark, a header row). */
    public void export(CurrentUser user, String text, Locale locale, Destination destination) {
        require(user);
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(destination.open(), StandardCharsets.UTF_8));
            out.write('\uFEFF');
            SafeCsv csv = new SafeCsv(out);
            csv.line(CSV_COLUMNS.stream()
                    .map(column -> messages.getMessage("audit-applications.csv." + column, null, locale)).toList());
            applications.each(user, text, a -> {
                try {
                    csv.line(List.of(a.number(), a.candidateName(), a.roleCode(), a.status().name(),
                            date(a.submittedAt()), date(a.decidedAt()), nullToEmpty(a.reviewer()),
                            nullToEmpty(a.assessor()), nullToEmpty(a.decider())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String exportFileName() {
        return "applications-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv";
    }

    private static String date(Instant at) {
        return at == null ? "" : at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void require(CurrentUser user) {
        if (!ApplicationAccess.audits(user)) {
            throw new AccessDeniedException("Only auditors and administrators list every application");
        }
    }
}
