package eu.skills4cities.citycert.base;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.TestCertificationPath;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.inbox.InboxQuery;
import eu.skills4cities.citycert.inbox.InboxQuery.Scope;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page as a dashboard for each staff role: a tile per kind of waiting work, each counting
 * exactly the rows its linked list shows to this person, and linking that list; a zero said calmly.
 */
class StaffDashboardViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    TaskInbox inbox;
    @Autowired
    StaffTaskService staffTasks;
    @Autowired
    TestCertificationPath path;
    @Autowired
    Suspensions suspensions;
    @Autowired
    RenewalChecks renewals;
    @Autowired
    ComplaintWork complaints;
    @Autowired
    TestCertificates certificates;
    @Autowired
    CertificateRegister register;

    @Test
    void a_reviewer_sees_their_tasks_and_queues_counted_as_the_inbox_lists_them() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        UUID mine = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM")).id();
        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPD"));
        path.claim(reviewer, mine, Stage.REVIEW);
        signIn(reviewer);
        UI.getCurrent().navigate("");

        Map<String, AttentionTile> tiles = tiles();
        assertThat(tiles).containsOnlyKeys("home-tasks-mine", "home-tasks-unassigned", "home-tasks-overdue",
                "home-tasks-escalated", "home-tasks-review", "home-renewals-open");
        assertTile(tiles.get("home-tasks-mine"), "inbox?scope=MINE", "My open tasks",
                listed(reviewer, new InboxQuery(Scope.MINE, null, null, false, null, null, null, false)));
        assertThat(tiles.get("home-tasks-mine").count()).isEqualTo(1);
        assertTile(tiles.get("home-tasks-unassigned"), "inbox?scope=UNASSIGNED", "Unassigned in my queues",
                listed(reviewer, new InboxQuery(Scope.UNASSIGNED, null, null, false, null, null, null, false)));
        assertThat(tiles.get("home-tasks-unassigned").count()).isPositive();
        assertTile(tiles.get("home-tasks-overdue"), "inbox?overdue=true", "Overdue",
                listed(reviewer, new InboxQuery(Scope.WORKABLE, null, null, true, null, null, null, false)));
        assertTile(tiles.get("home-tasks-escalated"), "inbox?escalated=true", "Escalated",
                listed(reviewer, new InboxQuery(Scope.WORKABLE, null, null, false, null, null, null, false, true)));
        assertTile(tiles.get("home-tasks-review"), "inbox?stage=REVIEW", "Evidence reviews to do",
                listed(reviewer, new InboxQuery(Scope.WORKABLE, "REVIEW", null, false, null, null, null, false)));
        assertTile(tiles.get("home-renewals-open"), "renewals", "Renewals waiting for a check",
                renewals.open(reviewer).size());
        // the reviewer's queue holds no assessment or decision: no such tile
        assertThat(_find(AttentionTile.class, spec -> spec.withId("home-tasks-decision"))).isEmpty();
    }

    @Test
    void an_officer_sees_the_decisions_waiting_suspensions_and_complaints() {
        UUID application = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM")).id();
        atDecision(application);
        CertificateInfo suspended = certificates.issue();
        register.decide(accounts.create(Role.CERTIFICATION_OFFICER), suspended.number(), StatusDecision.SUSPEND,
                "Reference letter in doubt.", true);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        signIn(officer);
        UI.getCurrent().navigate("");

        Map<String, AttentionTile> tiles = tiles();
        assertThat(tiles).containsKeys("home-tasks-decision", "home-suspensions-open", "home-suspensions-ending",
                "home-complaint-work").doesNotContainKeys("home-tasks-review", "home-renewals-open");
        List<StaffTask> decisions = inbox.inbox(officer,
                new InboxQuery(Scope.WORKABLE, "DECISION", null, false, null, null, null, false), 0, 10_000);
        assertThat(decisions).extracting(StaffTask::applicationId).contains(application);
        assertTile(tiles.get("home-tasks-decision"), "inbox?stage=DECISION", "Decisions waiting", decisions.size());
        assertThat(suspensions.open(officer)).extracting(s -> s.certificate().number()).contains(suspended.number());
        assertTile(tiles.get("home-suspensions-open"), "certificates/suspended",
                "Suspended certificates awaiting a decision", suspensions.open(officer).size());
        assertThat(tiles.get("home-suspensions-ending").getHref()).isEqualTo("certificates/suspended");
        assertThat(tiles.get("home-suspensions-ending").count())
                .isEqualTo(suspensions.open(officer).stream().filter(s -> s.suspendedUntil() != null
                        && s.suspendedUntil().isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(14))))
                        .count());
        assertTile(tiles.get("home-complaint-work"), "complaints", "Complaints to triage or investigate",
                complaints.openWork(officer).size());
    }

    @Test
    void the_tiles_ask_the_other_work_for_its_tasks_once_not_once_per_tile() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        List<InboxQuery> queries = List.of(new InboxQuery(Scope.MINE, null, null, false, null, null, null, false),
                new InboxQuery(Scope.UNASSIGNED, null, null, false, null, null, null, false),
                new InboxQuery(Scope.WORKABLE, null, null, true, null, null, null, false),
                new InboxQuery(Scope.WORKABLE, "DECISION", null, false, null, null, null, false));

        assertThat(inbox.counts(officer, queries))
                .containsExactlyElementsOf(queries.stream().map(query -> inbox.count(officer, query)).toList());
        assertThat(SqlStatementCounter.count(() -> inbox.counts(officer, queries)))
                .isLessThan(SqlStatementCounter.count(() -> queries.forEach(query -> inbox.count(officer, query))));
    }

    @Test
    void a_tile_with_nothing_waiting_says_so_calmly() {
        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM"));
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        UI.getCurrent().navigate("");

        AttentionTile mine = _get(AttentionTile.class, spec -> spec.withId("home-tasks-mine"));
        assertThat(mine.count()).isZero();
        assertThat(mine.getElement().getTextRecursively()).isEqualTo("0My open tasksNothing waiting");
        assertThat(_get(AttentionTile.class, spec -> spec.withId("home-tasks-unassigned")).getElement()
                .getTextRecursively()).doesNotContain("Nothing waiting");
    }

    @Test
    void a_candidate_sees_none_of_the_staff_tiles() {
        signIn(accounts.create(Role.CANDIDATE));
        UI.getCurrent().navigate("");

        assertThat(_find(AttentionTile.class)).isEmpty();
        assertThat(_find(AttentionTiles.class)).isEmpty();
    }

    /** Review (sufficient) and assessment done by new staff: the application waits for the officers. */
    private void atDecision(UUID application) {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        StaffTask review = path.claim(reviewer, application, Stage.REVIEW);
        staffTasks.completeReview(reviewer, review.id(),
                TestStaffWork.review(staffTasks, reviewer, review.id(), ReviewVerdict.SUFFICIENT, "Relevant."));
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        StaffTask assessment = path.claim(assessor, application, Stage.ASSESSMENT);
        staffTasks.completeAssessment(assessor, assessment.id(),
                TestStaffWork.scores(staffTasks, assessor, assessment.id(), unit -> new BigDecimal("90"), "Held."));
    }

    private long listed(CurrentUser user, InboxQuery query) {
        return inbox.inbox(user, query, 0, 10_000).size();
    }

    private static void assertTile(AttentionTile tile, String href, String label, long listed) {
        assertThat(tile.getHref()).isEqualTo(href);
        assertThat(tile.getElement().getTextRecursively()).contains(label);
        assertThat(tile.count()).as(label + ": the count is what the linked list shows").isEqualTo(listed);
    }

    private static Map<String, AttentionTile> tiles() {
        return _find(AttentionTile.class).stream()
                .collect(Collectors.toMap(tile -> tile.getId().orElseThrow(), tile -> tile));
    }
}
