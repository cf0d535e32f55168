package eu.skills4cities.citycert.inbox;

import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealFixture;
import eu.skills4cities.citycert.appeal.AppealPanel;
import eu.skills4cities.citycert.audit.AuditEntry;
import eu.skills4cities.citycert.audit.AuditLog;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess;
import eu.skills4cities.citycert.certificate.renewal.TestRenewals;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one hand-over ({@link TaskHandOver#handOver}) for the tasks of the other work the inbox lists: renewal
 * checks, appeals and complaints. Only the person who may hand a task on does; only colleagues of its queue whom
 * the work's impartiality allows receive it; the engine's history names who handed it to whom, and an appeal's
 * record names the step.
 */
@CityCertSpringTest
class TaskHandOverEverywhereTest {

    @Autowired
    TaskHandOver handOver;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestRenewals renewals;
    @Autowired
    RenewalChecks checks;
    @Autowired
    AppealFixture appealFixture;
    @Autowired
    AppealPanel panel;
    @Autowired
    TestComplaints complaints;
    @Autowired
    ComplaintWork complaintWork;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    UserAccountService users;
    @Autowired
    AuditLog audit;

    @Test
    void a_renewal_check_goes_only_to_a_reviewer_who_may_check_it_and_the_history_names_who_handed_it() {
        CurrentUser partial = accounts.create(Role.REVIEWER);
        CertificateInfo certificate = renewals.reviewedBy(partial);
        renewals.submit(certificate);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
        CurrentUser holder = accounts.create(Role.REVIEWER);
        CurrentUser colleague = accounts.create(Role.REVIEWER);

        // not claimed yet: nothing to hand on
        assertThatThrownBy(() -> handOver.colleagues(holder, task)).isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(TestMessages.english(((RefusedException) e).reason()))
                        .isEqualTo("Claim the task before you work on it."));
        checks.claim(holder, task);

        assertThat(handOver.colleagues(holder, task)).extracting(Colleague::username)
                .contains(colleague.username()).doesNotContain(holder.username(), partial.username());
        assertThatThrownBy(() -> handOver.handOver(holder, task, partial.username()))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(TestMessages.english(((RefusedException) e).reason())).isEqualTo(fullName(partial)
                        + " may not take this task: the impartiality rules of this work exclude them."));
        assertThatThrownBy(() -> handOver.handOver(holder, task, accounts.create(Role.ASSESSOR).username()))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).kind()).isEqualTo(RefusedException.Kind.FORBIDDEN));
        assertThat(assignee(task)).isEqualTo(holder.username());

        handOver.handOver(holder, task, colleague.username());

        assertThat(assignee(task)).isEqualTo(colleague.username());
        assertThat(checks.check(colleague, task).assignee()).isEqualTo(colleague.username());
        assertThat(assignment(task, colleague)).extracting(HistoricIdentityLinkLog::getAssignerId)
                .isEqualTo(holder.username());
        // the former holder holds it no more, and is told who does, by name
        assertThatThrownBy(() -> handOver.handOver(holder, task, partial.username()))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(TestMessages.english(((RefusedException) e).reason()))
                        .isEqualTo("This task has been claimed by " + fullName(colleague) + "."));
    }

    @Test
    void an_appeal_goes_only_to_a_panel_member_who_took_no_part_and_its_record_names_the_hand_over() {
        CurrentUser reviewerOnPanel = accounts.create(Role.REVIEWER, Role.APPEALS_PANEL);
        Appeal appeal = appealFixture.refusedAndAppealed(accounts.create(Role.CANDIDATE), reviewerOnPanel);
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        CurrentUser colleague = accounts.create(Role.APPEALS_PANEL);
        String task = panel.claim(member, appeal.id()).taskId();

        assertThat(handOver.colleagues(member, task)).extracting(Colleague::username)
                .contains(colleague.username()).doesNotContain(member.username(), reviewerOnPanel.username());
        assertThatThrownBy(() -> handOver.handOver(member, task, reviewerOnPanel.username()))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> handOver.colleagues(accounts.create(Role.REVIEWER), task))
                .as("no panel member: no such task for them")
                .isInstanceOf(eu.skills4cities.citycert.base.NotFoundException.class);

        handOver.handOver(member, task, colleague.username());

        assertThat(assignee(task)).isEqualTo(colleague.username());
        assertThat(assignment(task, colleague).getAssignerId()).isEqualTo(member.username());
        assertThat(audit.about("appeal", appeal.id().toString())).extracting(AuditEntry::action)
                .containsSubsequence("APPEAL_CLAIMED", "APPEAL_HANDED_OVER");
        assertThat(audit.about("appeal", appeal.id().toString())).filteredOn(e -> e.action().equals("APPEAL_HANDED_OVER"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(member.username()));
    }

    @Test
    void a_complaint_task_of_the_officers_queue_goes_to_an_impartial_officer() {
        TestComplaints.AssessedCertificate assessed = complaints.assessedCertificate();
        String number = complaints.aboutHolder(accounts.create(Role.CANDIDATE), assessed.certificateNumber());
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CurrentUser colleague = accounts.create(Role.CERTIFICATION_OFFICER);
        String task = complaintWork.workableTask(officer, number).orElseThrow();

        // unclaimed in the officers' queue: an officer may hand it to a colleague, as working on it would claim it
        assertThat(handOver.colleagues(officer, task)).extracting(Colleague::username)
                .contains(colleague.username())
                .doesNotContain(officer.username(), assessed.assessorAsOfficer().username());
        assertThatThrownBy(() -> handOver.handOver(officer, task, assessed.assessorAsOfficer().username()))
                .isInstanceOf(RefusedException.class);

        handOver.handOver(officer, task, colleague.username());

        assertThat(assignee(task)).isEqualTo(colleague.username());
        assertThat(assignment(task, colleague).getAssignerId()).isEqualTo(officer.username());
        assertThatThrownBy(() -> complaintWork.workableTask(officer, number)).as("now the colleague's")
                .isInstanceOf(eu.skills4cities.citycert.base.NotFoundException.class);
    }

    private String assignee(String task) {
        return tasks.createTaskQuery().taskId(task).singleResult().getAssignee();
    }

    private HistoricIdentityLinkLog assignment(String task, CurrentUser to) {
        List<HistoricIdentityLinkLog> added = history.createHistoricIdentityLinkLogQuery().taskId(task)
                .type(IdentityLinkType.ASSIGNEE).userId(to.username()).operationType("add").list();
        assertThat(added).hasSize(1);
        return added.get(0);
    }

    private String fullName(CurrentUser user) {
        return users.find(user.username()).orElseThrow().fullName();
    }
}
