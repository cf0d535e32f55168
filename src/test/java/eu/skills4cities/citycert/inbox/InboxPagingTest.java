package eu.skills4cities.citycert.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.NameKeys;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewAccount;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox pages through many tasks: every task once, in order, with the right count, and a
 * page costs a fixed number of SQL statements whatever its size (no query per row); and the two ways
 * it reads a page (by task id when the person's queues are short, an order's index when they are long)
 * give the same rows.
 */
@CityCertSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPagingTest {

    private static final List<String> ROLES = List.of("SCPD", "SCPM", "SCPMC");
    private static final int CANDIDATES = 20;
    private static final int PAGE = 25;

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserAccountService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InboxStages stages;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskAccess access;
    @Autowired
    QueueSizes queueSizes;
    @Autowired
    NameKeys nameKeys;
    @Autowired
    QueryPlans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final String token = "paging" + Long.toString(System.nanoTime(), 36);
    private final Map<String, ApplicationDetails> submitted = new HashMap<>();
    private CurrentUser reviewer;

    /** 20 candidates each apply for the three sample roles: 60 review tasks whose candidates' names hold the token. */
    @BeforeAll
    void sixtyApplications() {
        reviewer = accounts.create(Role.REVIEWER);
        for (int i = 0; i < CANDIDATES; i++) {
            String username = token + "-" + i;
            users.create(new NewAccount(username, "Candidate " + token + " " + i, username + "@test.citycert.test",
                    TestAccounts.PASSWORD, Set.of(Role.CANDIDATE)));
            for (String role : ROLES) {
                ApplicationDetails application = applications.submit(CurrentUser.of(username, Role.CANDIDATE),
                        TestDocuments.application(role));
                submitted.put(application.number(), application);
            }
        }
    }

    @Test
    void pages_show_every_task_once_in_order_with_its_application_and_the_count_matches() {
        InboxQuery query = ofThisTest(null);
        List<StaffTask> all = new ArrayList<>();
        for (int offset = 0; offset < submitted.size() + PAGE; offset += PAGE) {
            List<StaffTask> page = inbox.inbox(reviewer, query, offset, PAGE);
            assertThat(page).hasSizeLessThanOrEqualTo(PAGE);
            all.addAll(page);
        }

        assertThat(inbox.count(reviewer, query)).isEqualTo(submitted.size());
        assertThat(all).hasSize(submitted.size())
                .isSortedAccordingTo(Comparator.comparing(StaffTask::created).thenComparing(StaffTask::id));
        assertThat(all.stream().map(StaffTask::id).collect(Collectors.toSet())).hasSize(submitted.size());
        assertThat(all).allSatisfy(task -> {
            ApplicationDetails application = submitted.get(task.applicationNumber());
            assertThat(task.applicationId()).isEqualTo(application.id());
            assertThat(task.candidateName()).isEqualTo(application.candidateName());
            assertThat(task.roleTitle()).isEqualTo(application.roleTitle());
        });
        assertThat(inbox.inbox(reviewer, query, submitted.size(), PAGE)).isEmpty();
    }

    @Test
    void a_page_costs_the_same_sql_statements_for_one_row_as_for_many() {
        InboxQuery oneRole = ofThisTest("SCPM");
        inbox.inbox(reviewer, oneRole, 0, 1);

        int forOne = SqlStatementCounter.count(() -> inbox.inbox(reviewer, oneRole, 0, 1));
        int forTwenty = SqlStatementCounter.count(() -> assertThat(inbox.inbox(reviewer, oneRole, 0, 50)).hasSize(20));
        int forThreeRoles = SqlStatementCounter.count(() ->
                assertThat(inbox.inbox(reviewer, ofThisTest(null), 0, 50)).hasSize(50));

        // reviewers have other work now (the renewal checks): the certification page's statements plus that
        // work's fixed cost, which is the same whatever the number of open checks (InboxWork's cost rule)
        int otherWork = SqlStatementCounter.count(() -> stages.works().stream().filter(work -> work.worksOn(reviewer))
                .forEach(work -> work.visibleTasks(reviewer)));
        assertThat(otherWork).as("tasks (2), variables, renewals' certificates (2), impartiality (2)").isLessThanOrEqualTo(7);
        // the name search folds its text and the other work's names in one statement (NameKeys) and finds its
        // instances in another (SearchedInstances); the transaction's planning is set in one more (QueryPlans); a short
        // queue (this test's) is read by task id: its size from the stored counts, its ids (TaskInbox.fewTasks)
        assertThat(forOne).isPositive().isLessThanOrEqualTo(6 + 5 + otherWork);
        assertThat(forTwenty).isEqualTo(forOne);
        assertThat(forThreeRoles).as("one framework lookup for each further role").isEqualTo(forOne + 2);
    }

    /**
     * Beyond {@code citycert.inbox.by-id-limit} tasks in a person's groups (1 000) the inbox stops reading them by
     * id and walks an order's index; a search beyond it names its instances by the engine's conditions instead of
     * by id. Two inboxes over the same beans, one with a limit no queue here reaches and one with a limit of 3
     * (this test's 60 tasks are beyond it), must list the same rows in the same order for every sort and filter.
     * (Built here rather than in a Spring context of their own, which would cost the suite a context start.)
     */
    @Test
    void reading_by_task_id_and_walking_an_index_list_the_same_rows_in_the_same_order() {
        TaskInbox byId = inboxReadingById(1_000_000);
        TaskInbox walking = inboxReadingById(3);
        assertThat(queueSizes.anyTasks(reviewer.engineGroups())).as("tasks in the reviewer's groups")
                .isGreaterThan(3).isLessThanOrEqualTo(1_000_000);
        // the prefix all of this test's numbers share: 60 instances or more, so the walking inbox leaves the number
        // search to the engine's condition on the business key
        List<String> numbers = submitted.keySet().stream().sorted().toList();
        String first = numbers.get(0);
        String last = numbers.get(numbers.size() - 1);
        int common = 0;
        while (common < first.length() && first.charAt(common) == last.charAt(common)) {
            common++;
        }
        String numberPrefix = first.substring(0, common);
        List<InboxQuery> queries = new ArrayList<>();
        for (InboxQuery.Sort sort : InboxQuery.Sort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                queries.add(new InboxQuery(InboxQuery.Scope.WORKABLE, null, null, false, null, null, sort, descending));
                queries.add(new InboxQuery(InboxQuery.Scope.WORKABLE, null, null, false, null, token, sort, descending));
                queries.add(new InboxQuery(InboxQuery.Scope.UNASSIGNED, "REVIEW", "SCPM", false, null, token, sort,
                        descending));
                queries.add(new InboxQuery(InboxQuery.Scope.ALL_GROUPS, null, null, false, 30, numberPrefix, sort,
                        descending));
            }
        }
        for (InboxQuery query : queries) {
            List<StaffTask> read = page(byId, query);
            assertThat(read).as(query.toString()).isNotEmpty();
            assertThat(page(walking, query)).as(query.toString()).isEqualTo(read);
        }
    }

    private TaskInbox inboxReadingById(int limit) {
        return new TaskInbox(taskService, access, queueSizes, stages, nameKeys,
                new SearchedInstances(jdbc, new InboxProperties(limit)), plans);
    }

    /** The first page, in a read-only transaction as the service bean's own proxy would open it. */
    private List<StaffTask> page(TaskInbox inbox, InboxQuery query) {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> inbox.inbox(reviewer, query, 0, PAGE));
    }

    /** The unassigned review tasks of this test's candidates (the database is shared with other tests). */
    private InboxQuery ofThisTest(String roleCode) {
        return new InboxQuery(InboxQuery.Scope.WORKABLE, null, roleCode, false, null, token, null, false);
    }
}
