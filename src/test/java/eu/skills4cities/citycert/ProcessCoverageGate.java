package eu.skills4cities.citycert;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The process-test coverage gate (camunda-process-test-coverage): the path-by-path process
 * test must keep covering at least {@link #MIN_CLASS_COVERAGE} of the certification process's
 * elements and flows, so a path that loses its test fails the build. Its report is written to
 * {@code target/process-test-coverage/} (docs/architecture.md says how to read it). Other test
 * classes share the engine but are not measured: they drive the process for other reasons.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageGate {

    /** The test classes measured: the one with one test per path of the certification process. */
    static final String PROCESS_TESTS = "*.CertificationProcessTest";

    /** The certificate lifecycle, gated by its own path test ({@code CertificateLifecycleProcessTest}). */
    static final String LIFECYCLE_PROCESS = "certificate-lifecycle";

    /** The appeal process, gated by its own path test ({@code AppealProcessTest}). */
    static final String APPEAL_PROCESS = "appeal";

    /** Complaints, gated by their own path test ({@code ComplaintProcessTest}: every element passed). */
    static final String COMPLAINT_PROCESS = "complaint";

    /** An exam session's clock, gated by its own path test ({@code ExamSessionsTest}: every element passed). */
    static final String EXAM_SESSION_PROCESS = "exam-session";

    /**
     * Just under what the path tests cover today (71 of the 87 elements and flows, 0.816, with the exam route's
     * fifteen): one element less is 0.805, so a path whose test goes fails the gate. Raise it when a path gains its test.
     */
    static final double MIN_CLASS_COVERAGE = 0.81;

    /**
     * The coverage listeners record every process step, and fail without a collector; the
     * extension sets one only for the measured classes. This one, set when the engine is built,
     * takes the steps of the test classes that are not measured (and is never read).
     */
    @Bean
    AbstractCamundaConfiguration unmeasuredProcessSteps() {
        return new AbstractCamundaConfiguration() {
            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                DefaultCollector unmeasured = new DefaultCollector(new ExecutionContextModelProvider());
                unmeasured.createSuite(new Suite("unmeasured", "test classes outside the coverage gate"));
                unmeasured.activateSuite("unmeasured");
                unmeasured.createRun(new Run("unmeasured", "every test"), "unmeasured");
                unmeasured.activateRun("unmeasured");
                new ProcessEngineAdapter(engine, unmeasured).initializeListeners();
            }
        };
    }

    @Bean
    @Primary
    ProcessEngineCoverageProperties processCoverageGate() {
        return ProcessEngineCoverageProperties.builder()
                .assertClassCoverageAtLeast(MIN_CLASS_COVERAGE)
                .addInclusionPatternForTestClasses(PROCESS_TESTS)
                // the certification process's tests issue certificates, which starts their lifecycle: its
                // elements are measured by CertificateLifecycleProcessTest's own gate (every element passed)
                .excludeProcessDefinitionKeys(LIFECYCLE_PROCESS, APPEAL_PROCESS, COMPLAINT_PROCESS, EXAM_SESSION_PROCESS)
                .build();
    }
}
