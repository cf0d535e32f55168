package eu.skills4cities.citycert.certificate.renewal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Certificates whose renewal window is open, and renewals of them: the last valid day moved to
 * {@link #DAYS_LEFT} days from today in the register's column (time passing), as the demo's older
 * certificates stand.
 */
@Component
public class TestRenewals {

    /** How many days a certificate in its window has left: inside the default 90-day window. */
    public static final int DAYS_LEFT = 30;

    private final TestCertificates certificates;
    private final CertificateService certificateService;
    private final Renewals renewals;
    private final JdbcClient jdbc;
    private final ApplicationService applications;
    private final StaffTaskService staffTasks;
    private final TaskService tasks;
    private final TestAccounts accounts;

    TestRenewals(TestCertificates certificates, CertificateService certificateService, Renewals renewals,
                 JdbcClient jdbc, ApplicationService applications, StaffTaskService staffTasks, TaskService tasks,
                 TestAccounts accounts) {
        this.accounts = accounts;
        this.applications = applications;
        this.staffTasks = staffTasks;
        this.tasks = tasks;
        this.certificates = certificates;
        this.certificateService = certificateService;
        this.renewals = renewals;
        this.jdbc = jdbc;
    }

    /** A fresh role certificate, valid for {@link #DAYS_LEFT} more days: its renewal window is open. */
    public CertificateInfo inWindow() {
        return inWindow(certificates.issue());
    }

    /**
     * A role certificate whose application this reviewer reviewed (found sufficient, through the inbox), in its
     * renewal window: the reviewer may not check its renewal.
     */
    public CertificateInfo reviewedBy(CurrentUser reviewer) {
        ApplicationDetails application = applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application("SCPD"));
        String review = tasks.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult()
                .getId();
        staffTasks.claim(reviewer, review);
        staffTasks.completeReview(reviewer, review,
                TestStaffWork.review(staffTasks, reviewer, review, ReviewVerdict.SUFFICIENT, "Complete."));
        return inWindow(certificateService.issue(application.id()).get(0));
    }

    /** The certificate, its last valid day moved to {@link #DAYS_LEFT} days from today. */
    public CertificateInfo inWindow(CertificateInfo certificate) {
        jdbc.sql("UPDATE certificate SET valid_until = ? WHERE id = ?")
                .params(Date.valueOf(today().plusDays(DAYS_LEFT)), certificate.id()).update();
        return certificateService.byNumber(certificate.number()).orElseThrow();
    }

    public static CurrentUser holderOf(CertificateInfo certificate) {
        return new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE));
    }

    /** One activity of 40 hours (the default requirement) keeping the certificate's first unit current. */
    public Renewals.Submission enough(CertificateInfo certificate) {
        String unit = certificateService.units(certificate.id()).get(0).code();
        return new Renewals.Submission(List.of(new CpdActivity("Urban data platforms course",
                today().minusDays(60), today().minusDays(56), new BigDecimal("40"), List.of(unit))), true);
    }

    /** Submits a renewal that meets the default scheme, without documents. */
    public Renewal submit(CertificateInfo certificate) {
        return renewals.submit(holderOf(certificate), certificate.number(), enough(certificate), List.of());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
