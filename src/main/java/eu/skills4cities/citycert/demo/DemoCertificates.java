package eu.skills4cities.citycert.demo;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.assessment.AssessmentPlan;
import eu.skills4cities.citycert.assessment.CertificationVerdict;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.application.SubmitApplication;
import eu.skills4cities.citycert.assessment.UnitScore;
import eu.skills4cities.citycert.assessment.UnitVerdict;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.exam.ExamItem;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.ExamSitting;
import eu.skills4cities.citycert.exam.ItemBank;
import eu.skills4cities.citycert.exam.ItemFilter;
import eu.skills4cities.citycert.exam.ItemOption;
import eu.skills4cities.citycert.exam.ItemStatus;
import eu.skills4cities.citycert.inbox.AssessmentSubmission;
import eu.skills4cities.citycert.inbox.DecisionSubmission;
import eu.skills4cities.citycert.inbox.ReviewSubmission;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A certified demo candidate: Hana Holder applies for two roles, and the demo reviewer,
 * assessor and officer work her applications through the real process. She passes every unit
 * of the Smart City Project Developer (a role certificate) and two units of the Project Manager
 * (two unit certificates), so the register, the verification page and her own certificates
 * page have something real to show.
 */
@Component
@Profile("demo")
class DemoCertificates {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);
    static final String HOLDER = "holder";
    private static final CurrentUser REVIEWER = CurrentUser.of("reviewer", Role.REVIEWER);
    private static final CurrentUser ASSESSOR = CurrentUser.of("assessor", Role.ASSESSOR);
    private static final CurrentUser OFFICER = CurrentUser.of("officer", Role.CERTIFICATION_OFFICER);

    private final ApplicationService applications;
    private final StaffTaskService staff;
    private final CertificateService certificates;
    private final TaskService tasks;
    private final ManagementService jobs;
    private final ExamSessions exams;
    private final ItemBank bank;

    DemoCertificates(ApplicationService applications, StaffTaskService staff, CertificateService certificates,
                     TaskService tasks, ManagementService jobs, ExamSessions exams, ItemBank bank) {
        this.exams = exams;
        this.bank = bank;
        this.applications = applications;
        this.staff = staff;
        this.certificates = certificates;
        this.tasks = tasks;
        this.jobs = jobs;
    }

    /** Certifies the demo holder unless she holds certificates already. Runs in the demo loader's transaction. */
    void certifyHolder() {
        CurrentUser holder = CurrentUser.of(HOLDER, Role.CANDIDATE);
        if (!certificates.mine(holder).isEmpty()) {
            return;
        }
        certify(holder, "SCPD", unit -> true);
        // the first two units of the role pass, the others not yet: unit certificates
        List<String> passing = List.of("SCPM-U1", "SCPM-U2");
        certify(holder, "SCPM", passing::contains);
        log.info("Demo holder {} certified: {} certificate(s)", HOLDER, certificates.mine(holder).size());
    }

    private void certify(CurrentUser holder, String role, Predicate<String> passes) {
        ApplicationDetails application = applications.submit(holder, new SubmitApplication(role,
                "Eight years of smart city projects for a mid-sized city: district heating, open data and "
                        + "mobility pilots, from the first needs analysis to the funded project.", 8, 7,
                new UploadedDocument("portfolio.pdf", "application/pdf", portfolio(role)), true));
        String review = claim(REVIEWER, application);
        List<UnitVerdict> verdicts = staff.plan(REVIEWER, review).toAssess().stream()
                .map(unit -> new UnitVerdict(unit.code(), ReviewVerdict.SUFFICIENT, null)).toList();
        staff.completeReview(REVIEWER, review, new ReviewSubmission(verdicts, "Evidence is relevant and current."));
        if (applications.details(application.id()).status() == ApplicationStatus.IN_EXAM) {
            sitExam(holder, application, passes);
        }

        String assessment = claim(ASSESSOR, application);
        AssessmentPlan plan = staff.plan(ASSESSOR, assessment);
        // on the route exam and portfolio the units the portfolio does not cover take the exam's score
        List<String> byExam = staff.exam(ASSESSOR, assessment).examScored();
        List<UnitScore> scores = plan.toAssess().stream().filter(unit -> !byExam.contains(unit.code()))
                .map(unit -> plan.uniformScore(unit, passes.test(unit.code()) ? new BigDecimal("86") : new BigDecimal("45")))
                .toList();
        staff.completeAssessment(ASSESSOR, assessment, new AssessmentSubmission(scores,
                "Structured interview and portfolio discussion."));

        String decision = claim(OFFICER, application);
        staff.completeDecision(OFFICER, decision, new DecisionSubmission(CertificationVerdict.CERTIFY,
                "Review and assessment support certification for the units passed.", true));
        // the asynchronous "Issue certificates" step, run here so the demo starts with its certificates
        for (Job job : jobs.createJobQuery().processInstanceId(application.processInstanceId()).messages().list()) {
            jobs.executeJob(job.getId());
        }
    }

    /**
     * The holder sits the role's exam (its route includes one): she answers the units she passes
     * right and the others wrong. She knows the answers because the demo loaded the sample bank
     * (the demo author reads them, as authors may); the session itself never shows them.
     */
    private void sitExam(CurrentUser holder, ApplicationDetails application, Predicate<String> passes) {
        CurrentUser author = CurrentUser.of(DemoItemBank.AUTHOR, Role.EXAM_AUTHOR);
        Map<String, Set<String>> answers = new HashMap<>();
        ItemFilter approved = new ItemFilter(application.roleCode(), null, null, ItemStatus.APPROVED, null);
        List<ExamItem> page;
        for (int number = 0; !(page = bank.list(author, approved, number, 200).items()).isEmpty(); number++) {
            page.forEach(item -> answers.put(item.stem(), item.options().stream().filter(ItemOption::correct)
                    .map(ItemOption::text).collect(Collectors.toSet())));
        }
        ExamSitting sitting = exams.start(holder, application.id());
        for (ExamSitting.SittingItem item : sitting.items()) {
            Set<String> right = answers.getOrDefault(item.stem(), Set.of());
            boolean answerRight = passes.test(item.unitCode());
            List<Integer> chosen = IntStream.range(0, item.options().size())
                    .filter(i -> right.contains(item.options().get(i)) == answerRight).boxed()
                    .limit(answerRight ? Integer.MAX_VALUE : 1).toList();
            exams.answer(holder, sitting.sessionId(), item.position(), chosen);
        }
        exams.submit(holder, sitting.sessionId());
    }

    private String claim(CurrentUser user, ApplicationDetails application) {
        String taskId = tasks.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult().getId();
        staff.claim(user, taskId);
        return taskId;
    }

    /** A one-page evidence portfolio. */
    private static byte[] portfolio(String role) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Evidence portfolio of Hana Holder (demo data) for the role " + role));
        document.add(new Paragraph("Project reports, stakeholder letters and funding decisions, 2018-2026."));
        document.close();
        return out.toByteArray();
    }
}
