package eu.skills4cities.citycert.inbox;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationWithdrawal;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored counts that count the inbox (V57) stay equal to the engine's own count, for every
 * scope, stage and role, and for people in one group or two, through everything that moves a task:
 * a new task, claim, hand-over, release, a candidate group added or removed (a task in two of a
 * person's groups counts once), completion, withdrawal.
 */
@CityCertSpringTest
class InboxQueueSizeTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationWithdrawal withdrawal;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskHandOver handOver;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InboxStages stages;

    @Test
    void inbox_counts_agree_with_the_engine_whatever_happens_to_the_tasks() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser both = accounts.create(Role.REVIEWER, Role.ASSESSOR);
        List<CurrentUser> staff = List.of(reviewer, colleague, assessor, both);
        countsAgree(staff);

        ApplicationDetails reviewed = applications.submit(candidate, TestDocuments.application("SCPM"));
        ApplicationDetails withdrawn = applications.submit(candidate, TestDocuments.application("SCPD"));
        String review = taskOf(reviewed);
        countsAgree(staff);

        tasks.claim(reviewer, review);
        countsAgree(staff);
        handOver.reassign(reviewer, review, colleague.username());
        countsAgree(staff);
        tasks.unclaim(colleague, review);
        countsAgree(staff);

        taskService.addCandidateGroup(review, Role.ASSESSOR.engineGroupId());
        countsAgree(staff);
        // in both of that person's groups, and counted once (other tests' tasks share the database)
        InboxQuery unassignedScpm = new InboxQuery(InboxQuery.Scope.UNASSIGNED, null, "SCPM", false, null, null, null,
                false);
        assertThat(inbox.count(both, unassignedScpm))
                .isEqualTo(inbox.count(reviewer, unassignedScpm) + inbox.count(assessor, unassignedScpm) - 1);
        taskService.addCandidateGroup(review, Role.ASSESSOR.engineGroupId());
        countsAgree(staff);
        tasks.claim(both, review);
        countsAgree(staff);
        tasks.unclaim(both, review);
        taskService.deleteCandidateGroup(review, Role.ASSESSOR.engineGroupId());
        countsAgree(staff);

        tasks.claim(reviewer, review);
        tasks.completeReview(reviewer, review, eu.skills4cities.citycert.TestStaffWork.review(tasks, reviewer, review,
                eu.skills4cities.citycert.assessment.ReviewVerdict.SUFFICIENT, "Complete evidence."));
        assertThat(taskService.createTaskQuery().taskId(taskOf(reviewed)).singleResult().getTaskDefinitionKey())
                .isEqualTo(CertificationProcess.ACTIVITY_ASSESS);
        countsAgree(staff);

        withdrawal.withdraw(candidate, withdrawn.id(), "Changed my mind.");
        assertThat(taskService.createTaskQuery().processInstanceId(withdrawn.processInstanceId()).count()).isZero();
        countsAgree(staff);
    }

    @Test
    void filters_by_time_count_up_to_the_limit_and_then_say_more() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        applications.submit(candidate, TestDocuments.application("SCPM"));
        applications.submit(candidate, TestDocuments.application("SCPD"));
        InboxQuery dueWithinTenYears = new InboxQuery(InboxQuery.Scope.WORKABLE, null, null, false,
                InboxQuery.MAX_DUE_WITHIN_DAYS, null, null, false);
        long all = inbox.countByEngine(reviewer, dueWithinTenYears);
        assertThat(all).isGreaterThanOrEqualTo(2);

        assertThat(inbox.countUpTo(reviewer, dueWithinTenYears, 1)).as("more than one").isEqualTo(2);
        assertThat(inbox.countUpTo(reviewer, dueWithinTenYears, (int) all)).as("all, exactly").isEqualTo(all);
        assertThat(inbox.count(reviewer, dueWithinTenYears)).isEqualTo(Math.min(all, TaskInbox.COUNT_LIMIT + 1));
        // a filter the stored counts answer is exact whatever the limit
        assertThat(inbox.countUpTo(reviewer, InboxQuery.workable(), 1)).isEqualTo(inbox.countByEngine(reviewer,
                InboxQuery.workable()));
    }

    @Test
    void a_recount_finds_the_sizes_the_triggers_kept() {
        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPMC"));
        Map<String, Long> kept = storedCounts();

        jdbc.execute("SELECT inbox_count_recount()");

        assertThat(storedCounts()).isEqualTo(kept).isNotEmpty();
    }

    private void countsAgree(List<CurrentUser> staff) {
        assertThat(storedSizes()).isEqualTo(jdbc.queryForList("""
                SELECT i.group_id_ AS group_id, count(DISTINCT t.id_) AS size
                FROM act_ru_task t JOIN act_ru_identitylink i ON i.task_id_ = t.id_
                WHERE t.assignee_ IS NULL AND i.type_ = 'candidate' AND i.group_id_ IS NOT NULL
                GROUP BY i.group_id_
                """).stream().collect(Collectors.toMap(row -> (String) row.get("group_id"),
                row -> ((Number) row.get("size")).longValue())));
        for (CurrentUser user : staff) {
            TaskQuery workable = taskService.createTaskQuery().processDefinitionKey(CertificationProcess.PROCESS_KEY)
                    .or().taskAssignee(user.username()).taskCandidateGroupIn(user.engineGroups()).endOr();
            // reviewers also see the open renewal checks (other work, which other tests leave in the shared database)
            String[] other = otherWork(user);
            long otherWorkable = other.length == 0 ? 0 : taskService.createTaskQuery().taskIdIn(other)
                    .or().taskAssignee(user.username()).taskCandidateGroupIn(user.engineGroups()).endOr().count();
            assertThat(inbox.count(user, InboxQuery.workable())).as("workable for %s", user.username())
                    .isEqualTo(workable.count() + otherWorkable);
            InboxQuery unassigned = new InboxQuery(InboxQuery.Scope.UNASSIGNED, null, null, false, null, null, null,
                    false);
            long otherUnassigned = other.length == 0 ? 0 : taskService.createTaskQuery().taskIdIn(other)
                    .taskCandidateGroupIn(user.engineGroups()).count();
            assertThat(inbox.count(user, unassigned)).as("unassigned for %s", user.username())
                    .isEqualTo(taskService.createTaskQuery().processDefinitionKey(CertificationProcess.PROCESS_KEY)
                            .taskCandidateGroupIn(user.engineGroups()).count() + otherUnassigned);
            for (InboxQuery query : everyStoredQuery()) {
                assertThat(inbox.count(user, query)).as("%s for %s", query, user.username())
                        .isEqualTo(inbox.countByEngine(user, query));
            }
        }
        assertThat(storedCounts()).as("the counts the triggers kept, against a recount")
                .isEqualTo(recounted());
    }

    /** Every query the stored counts answer: each scope but "mine", whole, by stage, by role, and both. */
    private List<InboxQuery> everyStoredQuery() {
        List<InboxQuery> queries = new java.util.ArrayList<>();
        for (InboxQuery.Scope scope : List.of(InboxQuery.Scope.WORKABLE, InboxQuery.Scope.UNASSIGNED,
                InboxQuery.Scope.ALL_GROUPS)) {
            for (String stage : java.util.Arrays.asList(null, "REVIEW", "ASSESSMENT", "DECISION")) {
                for (String role : java.util.Arrays.asList(null, "SCPM", "SCPD", "SCPMC")) {
                    queries.add(new InboxQuery(scope, stage, role, false, null, null, null, false));
                }
            }
        }
        return queries;
    }

    /** Every stored count that is not zero, by its whole key. */
    private Map<String, Long> storedCounts() {
        return jdbc.queryForList("""
                SELECT process_definition_id || '|' || task_definition_key || '|' || role_code || '|'
                       || array_to_string(candidate_groups, ',') || '|' || assigned AS key, tasks
                FROM inbox_task_count WHERE tasks <> 0""").stream()
                .collect(Collectors.toMap(row -> (String) row.get("key"), row -> ((Number) row.get("tasks")).longValue()));
    }

    /** The same counts, from the engine's tables, by a query of this test's own. */
    private Map<String, Long> recounted() {
        return jdbc.queryForList("""
                SELECT t.proc_def_id_ || '|' || t.task_def_key_ || '|'
                       || coalesce((SELECT min(v.text_) FROM act_ru_variable v WHERE v.proc_inst_id_ = t.proc_inst_id_
                                    AND v.name_ = 'roleCode' AND v.task_id_ IS NULL), '') || '|'
                       || (SELECT string_agg(DISTINCT i.group_id_, ',' ORDER BY i.group_id_) FROM act_ru_identitylink i
                           WHERE i.task_id_ = t.id_ AND i.type_ = 'candidate' AND i.group_id_ IS NOT NULL) || '|'
                       || (t.assignee_ IS NOT NULL) AS key, count(*) AS tasks
                FROM act_ru_task t
                WHERE t.proc_def_id_ IS NOT NULL AND EXISTS (SELECT 1 FROM act_ru_identitylink i WHERE i.task_id_ = t.id_
                      AND i.type_ = 'candidate' AND i.group_id_ IS NOT NULL)
                GROUP BY 1""").stream()
                .collect(Collectors.toMap(row -> (String) row.get("key"), row -> ((Number) row.get("tasks")).longValue()));
    }

    /** The tasks of other work (appeals, complaints, renewal checks) the person sees, by id. */
    private String[] otherWork(CurrentUser user) {
        return stages.works().stream().filter(work -> work.worksOn(user))
                .flatMap(work -> work.visibleTasks(user).stream()).map(InboxItem::taskId).toArray(String[]::new);
    }

    /** The unassigned tasks in each group's queue, leaving out the groups whose queue is empty. */
    private Map<String, Long> storedSizes() {
        return jdbc.queryForList("SELECT g AS group_id, sum(tasks) AS size FROM inbox_task_count, unnest(candidate_groups) g"
                        + " WHERE NOT assigned GROUP BY g HAVING sum(tasks) <> 0").stream()
                .collect(Collectors.toMap(row -> (String) row.get("group_id"), row -> ((Number) row.get("size")).longValue()));
    }

    private String taskOf(ApplicationDetails application) {
        return taskService.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult().getId();
    }
}
