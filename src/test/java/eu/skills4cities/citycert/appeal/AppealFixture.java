package eu.skills4cities.citycert.appeal;

import java.util.Map;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Decisions to appeal, made through the real register and process, and the appeals against them. */
@Component
public class AppealFixture {

    private final TestAccounts accounts;
    private final TestCertificates certificates;
    private final CertificateRegister register;
    private final ApplicationService applications;
    private final AppealService appeals;
    private final TaskService tasks;

    AppealFixture(TestAccounts accounts, TestCertificates certificates, CertificateRegister register,
                  ApplicationService applications, AppealService appeals, TaskService tasks) {
        this.accounts = accounts;
        this.certificates = certificates;
        this.register = register;
        this.applications = applications;
        this.appeals = appeals;
        this.tasks = tasks;
    }

    /** A certificate decided on by the officer (who may be on the panel too). */
    CertificateInfo decided(CurrentUser officer, StatusDecision... decisions) {
        CertificateInfo certificate = certificates.issue();
        for (StatusDecision decision : decisions) {
            register.decide(officer, certificate.number(), decision, "Forged reference letter.", true);
        }
        return certificate;
    }

    static CurrentUser holderOf(CertificateInfo certificate) {
        return CurrentUser.of(certificate.holderUsername(), Role.CANDIDATE);
    }

    /** An application refused at review by this reviewer, through the engine. */
    public ApplicationDetails refusedAtReview(CurrentUser candidate, CurrentUser reviewer) {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        Task review = tasks.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult();
        tasks.setAssignee(review.getId(), reviewer.username());
        tasks.complete(review.getId(), Map.of("reviewVerdict", "INSUFFICIENT",
                "reviewComment", "The portfolio shows no project management work."));
        return applications.details(application.id());
    }

    /** The key of the user's one open-to-appeal decision of this kind. */
    String key(CurrentUser user, ContestedKind kind) {
        return appeals.contestable(user).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow().key();
    }

    Appeal appeal(CurrentUser appellant, ContestedKind kind) {
        return appeals.submit(appellant, new NewAppeal(key(appellant, kind),
                "The reference letter is genuine; my former employer confirms it.",
                java.util.List.of(new eu.skills4cities.citycert.application.UploadedDocument("letter.pdf",
                        "application/pdf", TestDocuments.pdf()))));
    }
}
