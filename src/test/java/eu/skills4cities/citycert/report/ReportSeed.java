package eu.skills4cities.citycert.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small data set with known figures, written in SQL into the tables the reporting views read:
 * applications of one fresh role, with their timelines, task outcomes, unit scores, certificates,
 * status changes, engine task history and escalations, in the year {@link #YEAR}. The counts,
 * medians, percentiles and rates the tests expect are worked out by hand in {@code ReportsTest}.
 */
final class ReportSeed {

    static final int YEAR = 2003;
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    final String role;
    final String assessorX;
    final String assessorY;
    private final JdbcTemplate jdbc;
    private final String suffix;

    ReportSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + NUMBERS.incrementAndGet();
        this.role = ("R" + suffix).toUpperCase();
        this.assessorX = "assessor-x-" + suffix;
        this.assessorY = "assessor-y-" + suffix;
    }

    /** The data set described in {@code ReportsTest}. */
    ReportSeed write() {
        UUID a1 = application("CERTIFIED");
        steps(a1, at(2, 1), "SUBMITTED", 0, "ELIGIBLE", 0, "IN_REVIEW", 1, "IN_ASSESSMENT", 5, "AWAITING_DECISION", 8,
                "CERTIFIED", 10);
        outcome(a1, "REVIEW", "SUFFICIENT", at(2, 4));
        outcome(a1, "ASSESSMENT", "COMPETENT", at(2, 9));
        outcome(a1, "DECISION", "CERTIFY", at(2, 11));
        score(a1, "U1", "80.00", true, assessorX, at(2, 9));
        score(a1, "U2", "70.00", true, assessorX, at(2, 9));
        score(a1, "U3", "100.00", true, assessorX, at(2, 9));
        UUID roleCertificate = certificate(a1, null, LocalDate.of(YEAR, 2, 11));
        statusChange(roleCertificate, "SUSPENDED", at(3, 1));
        task(a1, "Activity_ReviewEvidence", at(2, 3), at(2, 5));
        task(a1, "Activity_AssessCandidate", at(2, 10), at(2, 9));

        UUID a2 = application("PARTIALLY_CERTIFIED");
        steps(a2, at(3, 1), "SUBMITTED", 0, "ELIGIBLE", 0, "IN_REVIEW", 2, "IN_ASSESSMENT", 4, "AWAITING_DECISION", 6,
                "PARTIALLY_CERTIFIED", 20);
        outcome(a2, "ASSESSMENT", "PARTIAL", at(3, 5));
        score(a2, "U1", "90.00", true, assessorX, at(3, 5));
        score(a2, "U2", "40.00", false, assessorX, at(3, 5));
        score(a2, "U3", "0.00", false, assessorX, at(3, 5));
        UUID unitCertificate = certificate(a2, "U1", LocalDate.of(YEAR, 3, 21));
        statusChange(unitCertificate, "WITHDRAWN", OffsetDateTime.of(YEAR + 1, 2, 1, 12, 0, 0, 0, ZoneOffset.UTC));
        task(a2, "Activity_ReviewEvidence", at(3, 2), at(3, 5));
        escalation(a2, "REVIEW", at(3, 4));

        UUID a3 = application("REJECTED");
        steps(a3, at(4, 1), "SUBMITTED", 0, "ELIGIBLE", 0, "IN_REVIEW", 3, "REJECTED", 4);
        outcome(a3, "REVIEW", "INSUFFICIENT", at(4, 5));

        UUID a4 = application("NOT_ELIGIBLE");
        steps(a4, at(5, 1), "SUBMITTED", 0, "NOT_ELIGIBLE", 0);

        UUID a5 = application("WITHDRAWN");
        steps(a5, at(6, 1), "SUBMITTED", 0, "ELIGIBLE", 0, "IN_REVIEW", 1, "WITHDRAWN", 2);

        UUID a6 = application("LAPSED");
        steps(a6, at(7, 1), "SUBMITTED", 0, "ELIGIBLE", 0, "IN_REVIEW", 1, "AWAITING_CANDIDATE", 2, "LAPSED", 31);
        task(a6, "Activity_ReviewEvidence", at(7, 5), null);

        UUID a7 = application("REJECTED");
        steps(a7, at(8, 1), "SUBMITTED", 0, "ELIGIBLE", 0, "IN_REVIEW", 2, "IN_ASSESSMENT", 6, "AWAITING_DECISION", 9,
                "REJECTED", 12);
        outcome(a7, "ASSESSMENT", "NOT_YET_COMPETENT", at(8, 7));
        outcome(a7, "DECISION", "REFUSE", at(8, 13));
        score(a7, "U1", "55.00", false, assessorY, at(8, 7));
        score(a7, "U2", "10.00", false, assessorY, at(8, 7));
        task(a7, "Activity_DecideCertification", at(8, 11), at(8, 13));
        escalation(a7, "DECISION", at(8, 12));

        // submitted the year before, reaches review in the year: 13 days
        UUID a8 = application("IN_REVIEW");
        steps(a8, OffsetDateTime.of(YEAR - 1, 12, 20, 0, 0, 0, 0, ZoneOffset.UTC), "SUBMITTED", 0, "ELIGIBLE", 0,
                "IN_REVIEW", 13);

        // the year after: in no figure of the year
        UUID a9 = application("IN_REVIEW");
        steps(a9, OffsetDateTime.of(YEAR + 1, 1, 5, 0, 0, 0, 0, ZoneOffset.UTC), "SUBMITTED", 0, "ELIGIBLE", 0,
                "IN_REVIEW", 1);
        escalation(a9, "REVIEW", OffsetDateTime.of(YEAR + 1, 1, 9, 0, 0, 0, 0, ZoneOffset.UTC));

        // a draft is no application yet
        application("DRAFT");
        return this;
    }

    /** The appeals and complaints described in {@code AppealFiguresTest}, for this seed's role. */
    ReportSeed appealsAndComplaints() {
        UUID application = application("REJECTED");
        appeal(application, at(3, 1), "UPHELD", at(3, 11));
        appeal(application, at(3, 5), "REJECTED", at(3, 9));
        appeal(application, at(3, 20), "LAPSED", at(4, 30));
        appeal(application, at(4, 1), "OPEN", null);
        appeal(application, at(2, 20), "REJECTED", at(3, 3));
        appeal(application, at(1, 10), "UPHELD", at(2, 1));
        UUID certificate = certificate(application("CERTIFIED"), null, LocalDate.of(YEAR, 1, 5));
        complaint(certificate, at(3, 2), "WARNING", at(3, 8));
        complaint(certificate, at(3, 3), "NOT_A_COMPLAINT", at(3, 4));
        complaint(certificate, at(3, 10), "NO_ACTION", at(4, 10));
        complaint(null, at(3, 12), "UPHELD", at(3, 14));
        return this;
    }

    /**
     * For this seed's role, a role certificate with three renewals (made Feb 1 and accepted Mar 2, made Mar 3
     * and refused Mar 20, made Mar 25 and still open) and an application recertifying it, submitted on Mar 10.
     */
    ReportSeed renewalsAndRecertification() {
        UUID certificate = certificate(application("CERTIFIED"), null, LocalDate.of(YEAR, 1, 5));
        renewal(certificate, at(2, 1), "ACCEPTED", at(3, 2));
        renewal(certificate, at(3, 3), "REFUSED", at(3, 20));
        renewal(certificate, at(3, 25), "SUBMITTED", null);
        UUID recertification = application("IN_REVIEW");
        jdbc.update("UPDATE application SET recertification_of = ? WHERE id = ?", certificate, recertification);
        steps(recertification, at(3, 10), "SUBMITTED", 0);
        return this;
    }

    private void renewal(UUID certificate, OffsetDateTime submitted, String status, OffsetDateTime decided) {
        jdbc.update("""
                INSERT INTO certificate_renewal (id, certificate, holder, submitted_at, continued_practice, status,
                 decided_at)
                VALUES (?, ?, 'rpt-holder', ?, TRUE, ?, ?)
                """, UUID.randomUUID(), certificate, submitted, status, decided);
    }

    static OffsetDateTime at(int month, int day) {
        return OffsetDateTime.of(YEAR, month, day, 0, 0, 0, 0, ZoneOffset.UTC);
    }

    UUID application(String status) {
        UUID id = UUID.randomUUID();
        int n = NUMBERS.incrementAndGet();
        Timestamp now = Timestamp.from(at(1, 1).toInstant());
        // one candidate each: a candidate has one open application per role
        String candidate = "rpt-candidate-" + suffix + "-" + n;
        jdbc.update("""
                INSERT INTO user_account (id, username, password_hash, full_name, email, enabled, created_at, version)
                VALUES (?, ?, 'no password', 'Seeded Candidate', ?, TRUE, ?, 0)
                """, UUID.randomUUID(), candidate, candidate + "@seeded.invalid", now);
        jdbc.update("""
                INSERT INTO application (id, number, candidate_username, role_code, statement, status, created_at,
                 updated_at, version, process_instance_id)
                VALUES (?, ?, ?, ?, 'Seeded for the reports', ?, ?, ?, 0, ?)
                """, id, "A-" + YEAR + "-R" + suffix + "-" + n, candidate, role, status, now, now, "rpt-" + id);
        return id;
    }

    /** Steps as pairs of step name and days after {@code start}. */
    private void steps(UUID application, OffsetDateTime start, Object... stepsAndDays) {
        for (int i = 0; i < stepsAndDays.length; i += 2) {
            jdbc.update("INSERT INTO application_event (id, application, status, occurred_at) VALUES (?, ?, ?, ?)",
                    UUID.randomUUID(), application, stepsAndDays[i],
                    start.plusDays((Integer) stepsAndDays[i + 1]));
        }
    }

    private void outcome(UUID application, String stage, String verdict, OffsetDateTime at) {
        jdbc.update("""
                INSERT INTO task_outcome (id, application, stage, task_id, verdict, comment, actor, completed_at)
                VALUES (?, ?, ?, ?, ?, 'seeded', 'seeded-worker', ?)
                """, UUID.randomUUID(), application, stage, "rpt-task-" + UUID.randomUUID(), verdict, at);
    }

    private void score(UUID application, String unit, String score, boolean passed, String assessor,
                       OffsetDateTime at) {
        jdbc.update("""
                INSERT INTO unit_assessment (id, application, task_id, unit_code, score, pass_mark, passed, assessor,
                 assessed_at)
                VALUES (?, ?, ?, ?, CAST(? AS numeric), 60, ?, ?, ?)
                """, UUID.randomUUID(), application, "rpt-assess-" + application, unit, score, passed, assessor, at);
    }

    UUID certificate(UUID application, String unit, LocalDate issuedOn) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO certificate (id, number, application, holder_username, holder_name, role_code, role_title,
                 unit_code, issued_on, valid_until, pdf, created_at)
                VALUES (?, ?, ?, ?, 'Seeded Holder', ?, 'Seeded role', ?, ?, ?, ?, ?)
                """, id, certificateNumber(id), application, "rpt-holder", role, unit, issuedOn,
                issuedOn.plusYears(3), new byte[] {1}, Timestamp.from(at(1, 1).toInstant()));
        return id;
    }

    static String certificateNumber(UUID certificate) {
        return "RPT-" + certificate;
    }

    /** An appeal about the application, received at {@code received}, in {@code status} since {@code closed} (or null). */
    void appeal(UUID application, OffsetDateTime received, String status, OffsetDateTime closed) {
        int n = NUMBERS.incrementAndGet();
        jdbc.update("""
                INSERT INTO appeal (id, number, appellant, contested_kind, contested_key, application_id, decided_at,
                 grounds, status, submitted_at, due_at, outcome_at, decided_by)
                VALUES (?, ?, 'rpt-appellant', 'REJECTED', ?, ?, ?, 'seeded', ?, ?, ?, ?, ?)
                """, UUID.randomUUID(), "RA" + suffix + "-" + n, "rpt-" + suffix + "-" + n, application,
                received.minusDays(5), status, received, received.plusDays(60), closed,
                closed == null ? null : "seeded-panel");
    }

    /**
     * A confirmed complaint about the certificate ({@code certificate} null: about the body), received at
     * {@code received}; triaged as not a complaint, or decided with {@code outcome}, at {@code closed} (or open).
     */
    void complaint(UUID certificate, OffsetDateTime received, String outcome, OffsetDateTime closed) {
        int n = NUMBERS.incrementAndGet();
        boolean notAComplaint = "NOT_A_COMPLAINT".equals(outcome);
        jdbc.update("""
                INSERT INTO complaint (id, number, status, complainant_name, complainant_email, subject, certificate_number,
                 description, submitted_at, confirmed_at, triage, triaged_at, outcome, decided_at)
                VALUES (?, ?, ?, 'Seeded Complainant', 'seeded@seeded.invalid', ?, ?, 'seeded', ?, ?, ?, ?, ?, ?)
                """, UUID.randomUUID(), "RK" + suffix + "-" + n, closed == null ? "INVESTIGATING" : "CLOSED",
                certificate == null ? "BODY" : "HOLDER", certificate == null ? null : certificateNumber(certificate),
                received, received,
                notAComplaint ? "NOT_A_COMPLAINT" : certificate == null ? "ABOUT_THE_BODY" : "ABOUT_A_HOLDER",
                notAComplaint ? closed : received, notAComplaint ? null : outcome, notAComplaint ? null : closed);
    }

    private void statusChange(UUID certificate, String status, OffsetDateTime at) {
        jdbc.update("""
                INSERT INTO certificate_status_change (id, certificate, status, reason, changed_by, changed_at)
                VALUES (?, ?, ?, 'seeded', 'seeded-officer', ?)
                """, UUID.randomUUID(), certificate, status, at);
    }

    /** A staff task in the engine's history, due at noon of {@code due}; {@code ended} null while open. */
    private void task(UUID application, String activity, OffsetDateTime due, OffsetDateTime ended) {
        jdbc.update("""
                INSERT INTO act_hi_taskinst (id_, proc_inst_id_, task_def_key_, start_time_, end_time_, due_date_,
                 priority_, name_)
                VALUES (?, ?, ?, ?, ?, ?, 50, 'seeded')
                """, "rpt-" + UUID.randomUUID(), "rpt-" + application, activity,
                local(due.minusDays(2)), ended == null ? null : local(ended.plusHours(12)), local(due.plusHours(12)));
    }

    private void escalation(UUID application, String stage, OffsetDateTime at) {
        jdbc.update("""
                INSERT INTO task_escalation (id, application, stage, task_id, escalated_at, notified)
                VALUES (?, ?, ?, ?, ?, 'seeded-lead')
                """, UUID.randomUUID(), application, stage, "rpt-task-" + UUID.randomUUID(), at);
    }

    /** The engine keeps times without a zone, in the JVM's: as it would write them. */
    private static Timestamp local(OffsetDateTime at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at.toInstant(), java.time.ZoneId.systemDefault()));
    }
}
