package eu.skills4cities.citycert.base;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu's badges: beside an item the user may open, the count of what waits there for them, said in
 * words to a screen reader; no badge at zero, none for items the user does not have.
 */
class MainLayoutBadgesViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    TaskInbox inbox;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_inbox_item_counts_my_tasks_and_my_queues_unassigned_ones() {
        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM"));
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        UI.getCurrent().navigate("");

        long waiting = inbox.count(reviewer);
        assertThat(waiting).isPositive();
        SideNavItem item = items().get("Task inbox");
        assertThat(item.getSuffixComponent().getElement().getTextRecursively())
                .isEqualTo(waiting + ", " + waiting + " waiting");
        assertThat(item.getSuffixComponent().getElement().getChild(0).getAttribute("aria-hidden"))
                .as("the figure is for the eye; the words for a screen reader").isEqualTo("true");
        // only items the reviewer may open are listed, so only theirs can carry a badge
        assertThat(items().entrySet().stream().filter(entry -> entry.getValue().getSuffixComponent() != null)
                .map(Map.Entry::getKey)).isSubsetOf("Task inbox", "Renewals to check");
    }

    @Test
    void the_inbox_badge_costs_the_same_statements_however_long_the_queue() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        MenuBadge badge = context.getBeansOfType(MenuBadge.class).values().stream()
                .filter(candidate -> candidate.path().equals("inbox")).findFirst().orElseThrow();
        long before = badge.waiting();
        int statements = SqlStatementCounter.count(badge::waiting);

        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM"));
        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPD"));

        assertThat(badge.waiting()).isEqualTo(before + 2);
        assertThat(SqlStatementCounter.count(badge::waiting)).isEqualTo(statements);
    }

    @Autowired
    eu.skills4cities.citycert.certificate.renewal.TestRenewals renewals;
    @Autowired
    eu.skills4cities.citycert.certificate.renewal.RenewalChecks renewalChecks;
    @Autowired
    eu.skills4cities.citycert.complaint.TestComplaints complaints;
    @Autowired
    eu.skills4cities.citycert.complaint.ComplaintWork complaintWork;
    @Autowired
    eu.skills4cities.citycert.appeal.AppealFixture appeals;
    @Autowired
    eu.skills4cities.citycert.appeal.AppealPanel panel;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    @Test
    void the_renewal_badge_counts_the_checks_list_in_the_same_statements_however_many_wait() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        MenuBadge badge = badge("renewals");
        renewals.submit(renewals.inWindow());
        int statements = SqlStatementCounter.count(badge::waiting);

        renewals.submit(renewals.inWindow());
        renewals.submit(renewals.inWindow());

        assertThat(badge.waiting()).isEqualTo(renewalChecks.open(reviewer).size());
        assertThat(SqlStatementCounter.count(badge::waiting)).isEqualTo(statements).isLessThanOrEqualTo(2);
    }

    @Test
    void the_complaint_badge_counts_the_work_list_in_the_same_statements_however_many_wait() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        signIn(officer);
        MenuBadge badge = badge("complaints");
        complaints.aboutBody(accounts.create(Role.CANDIDATE));
        int statements = SqlStatementCounter.count(badge::waiting);

        complaints.aboutBody(accounts.create(Role.CANDIDATE));
        complaints.aboutBody(accounts.create(Role.CANDIDATE));
        // one of them taken by another officer: no longer the officer's to take, in the list or the count
        String taken = complaintWork.openWork(officer).get(0).number();
        assignToAnotherOfficer(taken);

        assertThat(complaintWork.openWork(officer)).extracting(c -> c.number()).doesNotContain(taken);
        assertThat(badge.waiting()).isEqualTo(complaintWork.openWork(officer).size());
        assertThat(SqlStatementCounter.count(badge::waiting)).isEqualTo(statements).isLessThanOrEqualTo(2);
    }

    @Test
    void the_appeal_badge_counts_the_appeals_the_member_may_decide_in_one_statement_however_many_wait() {
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        // this member refused the application at review: they may not decide its appeal
        CurrentUser reviewerOnPanel = accounts.create(Role.REVIEWER, Role.APPEALS_PANEL);
        appeals.refusedAndAppealed(accounts.create(Role.CANDIDATE), accounts.create(Role.REVIEWER));
        signIn(member);
        MenuBadge badge = badge("appeals/panel");
        int statements = SqlStatementCounter.count(badge::waiting);

        appeals.refusedAndAppealed(accounts.create(Role.CANDIDATE), reviewerOnPanel);
        appeals.refusedAndAppealed(accounts.create(Role.CANDIDATE), accounts.create(Role.REVIEWER));

        assertThat(badge.waiting()).isEqualTo(panel.open(member).stream().filter(a -> !a.excluded()).count());
        assertThat(SqlStatementCounter.count(badge::waiting)).isEqualTo(statements).isEqualTo(1);
        signIn(reviewerOnPanel);
        assertThat(badge.waiting()).isEqualTo(panel.open(reviewerOnPanel).stream().filter(a -> !a.excluded()).count())
                .isLessThan(panel.open(reviewerOnPanel).size());
    }

    private void assignToAnotherOfficer(String complaintNumber) {
        String other = accounts.create(Role.CERTIFICATION_OFFICER).username();
        String task = jdbc.sql("SELECT t.id_ FROM act_ru_task t JOIN complaint c ON c.process_instance = t.proc_inst_id_ "
                + "WHERE c.number = ?").param(complaintNumber).query(String.class).single();
        tasks.setAssignee(task, other);
    }

    private MenuBadge badge(String path) {
        return context.getBeansOfType(MenuBadge.class).values().stream()
                .filter(candidate -> candidate.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void a_badge_appears_when_something_waits_and_goes_at_zero() {
        CurrentUser admin = accounts.create(Role.ADMIN);
        transaction.executeWithoutResult(status -> {
            // within this transaction, rolled back: no failing message at all, then exactly one
            jdbc.sql("UPDATE mail_message SET sent_at = now() WHERE sent_at IS NULL AND last_error IS NOT NULL").update();
            signIn(admin);
            UI.getCurrent().navigate("");
            assertThat(items().get("Mail failures").getSuffixComponent()).isNull();

            UUID id = outbox.queue("unreachable@test.citycert.test", "verify-email", "https://citycert.test/verify")
                    .orElseThrow();
            jdbc.sql("UPDATE mail_message SET attempts = 1, last_error = '421 try again later' WHERE id = ?")
                    .param(id).update();
            UI.getCurrent().navigate("admin/mail-failures");
            assertThat(items().get("Mail failures").getSuffixComponent().getElement().getTextRecursively())
                    .as("counted again on the next page").isEqualTo("1, 1 waiting");

            jdbc.sql("UPDATE mail_message SET sent_at = now(), last_error = NULL WHERE id = ?").param(id).update();
            UI.getCurrent().navigate("");
            assertThat(items().get("Mail failures").getSuffixComponent()).isNull();
            status.setRollbackOnly();
        });
    }

    private static Map<String, SideNavItem> items() {
        return _find(SideNavItem.class).stream().collect(Collectors.toMap(SideNavItem::getLabel, item -> item));
    }
}
