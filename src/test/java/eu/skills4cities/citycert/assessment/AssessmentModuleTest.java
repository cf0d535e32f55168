package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.framework.FrameworkManagement;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment module with the modules it depends on, and theirs (the application module
 * needs framework, notification and security beans), plus the embedded PostgreSQL of
 * {@code database} and {@code inbox}, whose beans the certification process calls: the
 * judging records a review and an assessment of a submitted application through its own
 * services, judges each unit with the pass rule, and answers impartiality from those records.
 */
// database: the embedded PostgreSQL; inbox: the certification process the submission starts names its beans
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"database", "inbox"})
// its own engine name: engines are registered JVM-wide by name, and other test contexts run in this JVM
@TestPropertySource(properties = "camunda.bpm.process-engine-name=assessment-module-test")
@ActiveProfiles("test")
@Import(TestAccounts.class)
class AssessmentModuleTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    CertificationDecisions decisions;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    FrameworkManagement frameworks;

    /** Without the demo module there is no sample framework: the small test framework, published once. */
    @BeforeEach
    void publishTheTestFramework() {
        if (!frameworks.exists("TEST-SMALL")) {
            CurrentUser admin = accounts.create(Role.ADMIN);
            frameworks.publish(admin, frameworks.importFile(admin, "small.yaml",
                    TestFrameworks.small().getBytes(StandardCharsets.UTF_8)).id());
        }
    }

    @Test
    void a_review_and_an_assessment_are_recorded_judged_by_the_pass_rule_and_bar_their_authors_from_deciding() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("TSTR"));
        AssessmentPlan plan = assessments.plan(application.id());
        List<UnitDefinition> units = plan.toAssess();
        assertThat(units).extracting(UnitDefinition::code).containsExactly("TSTR-U1", "TSTR-U2");

        ReviewVerdict review = assessments.recordReview(application.id(), "review-task",
                units.stream().map(u -> new UnitVerdict(u.code(), ReviewVerdict.SUFFICIENT, null)).toList(),
                reviewer.username());
        AssessmentOutcome outcome = assessments.recordAssessment(application.id(), "assessment-task", List.of(
                plan.uniformScore(units.get(0), new BigDecimal("80")),
                plan.uniformScore(units.get(1), new BigDecimal("40"))), assessor.username());

        assertThat(review).isEqualTo(ReviewVerdict.SUFFICIENT);
        assertThat(assessments.reviews(application.id())).extracting(UnitReview::reviewer)
                .containsOnly(reviewer.username());
        // the small role needs one unit of its two
        assertThat(outcome).isEqualTo(AssessmentOutcome.COMPETENT);
        assertThat(assessments.results(application.id())).extracting(UnitResult::unitCode, UnitResult::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TSTR-U1", true),
                        org.assertj.core.groups.Tuple.tuple("TSTR-U2", false));
        assertThat(decisions.judged(application.id(), reviewer.username())).isTrue();
        assertThat(decisions.judged(application.id(), assessor.username())).isTrue();
        assertThat(decisions.judged(application.id(), officer.username())).isFalse();
        assertThat(decisions.partiality(application.id(), assessor.username())).isPresent();
    }
}
