package eu.skills4cities.citycert;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code @Scheduled} job of CityCert says whether it runs once per cluster or on every node: it has
 * ShedLock's {@code @SchedulerLock} (one node per run, see {@code database.ScheduledWorkLocks}), or it is on
 * the short list below of jobs meant to run on every node at once, each with its reason. A new job without
 * either fails here, so it cannot run on every node by accident.
 */
class ScheduledJobsLockTest {

    /**
     * The jobs that run on every node, on purpose. The mail dispatcher locks its batch of messages row by
     * row ({@code FOR UPDATE SKIP LOCKED}): every node sends a share of the mail, and none sends another's.
     */
    private static final Set<String> ON_EVERY_NODE = Set.of(
            "eu.skills4cities.citycert.notification.MailDispatcher.deliverDue");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.skills4cities.citycert");

    private static final DescribedPredicate<JavaMethod> SCHEDULED = DescribedPredicate.describe("are scheduled",
            method -> method.isAnnotatedWith(Scheduled.class) || method.isAnnotatedWith(Schedules.class));

    private static final DescribedPredicate<JavaMethod> MEANT_FOR_EVERY_NODE = DescribedPredicate.describe(
            "are listed as running on every node", method -> ON_EVERY_NODE.contains(nameOf(method)));

    private static final DescribedPredicate<JavaMethod> NOT_MEANT_FOR_EVERY_NODE = DescribedPredicate.describe(
            "are not listed as running on every node", method -> !MEANT_FOR_EVERY_NODE.test(method));

    @Test
    void every_scheduled_job_runs_once_per_cluster_unless_it_is_listed_as_running_on_every_node() {
        methods().that(SCHEDULED).and(NOT_MEANT_FOR_EVERY_NODE)
                .should().beAnnotatedWith(SchedulerLock.class)
                .because("a scheduled job must say whether it runs once per cluster (@SchedulerLock) "
                        + "or on every node (ScheduledJobsLockTest.ON_EVERY_NODE)")
                .check(MAIN);
    }

    @Test
    void the_jobs_listed_as_running_on_every_node_exist_are_scheduled_and_take_no_lock() {
        List<JavaMethod> listed = scheduledMethods().stream().filter(MEANT_FOR_EVERY_NODE).toList();

        assertThat(listed).extracting(ScheduledJobsLockTest::nameOf).containsExactlyInAnyOrderElementsOf(ON_EVERY_NODE);
        assertThat(listed).noneMatch(method -> method.isAnnotatedWith(SchedulerLock.class));
    }

    @Test
    void each_locked_job_has_a_lock_of_its_own_held_at_least_for_less_than_at_most() {
        List<SchedulerLock> locks = scheduledMethods().stream()
                .filter(method -> method.isAnnotatedWith(SchedulerLock.class))
                .map(method -> method.getAnnotationOfType(SchedulerLock.class))
                .toList();

        assertThat(locks).isNotEmpty();
        assertThat(locks).extracting(SchedulerLock::name).doesNotHaveDuplicates().allSatisfy(name ->
                assertThat(name).isNotBlank().hasSizeLessThanOrEqualTo(64));
        assertThat(locks).allSatisfy(lock -> assertThat(Duration.parse(lock.lockAtLeastFor()))
                .as(lock.name()).isPositive().isLessThan(Duration.parse(lock.lockAtMostFor())));
    }

    private static List<JavaMethod> scheduledMethods() {
        return MAIN.stream().flatMap(type -> type.getMethods().stream()).filter(SCHEDULED).toList();
    }

    private static String nameOf(JavaMethod method) {
        return method.getOwner().getName() + "." + method.getName();
    }
}
