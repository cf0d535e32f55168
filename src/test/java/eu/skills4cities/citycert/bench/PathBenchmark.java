package eu.skills4cities.citycert.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static eu.skills4cities.citycert.bench.Millis.median;
import static eu.skills4cities.citycert.bench.Millis.p95;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applications per second through CityCert's services end to end (submit, review, assess, decide, issue) against
 * the same path on the bare engine (a minimal BPMN of the same shape, {@code bench/bare-certification.bpmn},
 * driven through RuntimeService and TaskService only), in the same run, JVM and database, so that CityCert's own
 * cost is a ratio. A third side runs CityCert's own model without CityCert's code in it ({@link #modelWithoutCityCert})
 * on the bare engine, so that what the model costs the engine and what CityCert's code costs are told apart. One
 * thread; the sides take turns application by application so that the machine's load falls on all alike. Both run the asynchronous issue job synchronously in the test thread
 * ({@code ManagementService.executeJob}: the job executor is off in the test profile). Reports the ratio against
 * the goal 0.7 and where CityCert's time goes per step; asserts only that every application got its certificate
 * and every bare instance ended (the model's instances through their eligibility table). Run with
 * {@code ./mvnw -Pbench verify} (see {@code docs/benchmarks.md}).
 */
@SpringBootTest(properties = {"camunda.bpm.process-engine-name=path-benchmark"})
@ActiveProfiles({"demo", "test"})
class PathBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PathBenchmark.class);
    private static final int WARM_UP = Integer.getInteger("citycert.bench.path-warm-up", 20);
    private static final int RUNS = Integer.getInteger("citycert.bench.path-runs", 100);
    static final double GOAL = 0.7;
    private static final String BARE_KEY = "bareCertification";
    /** CityCert's own certification model, deployed once more without CityCert's code in it (see {@link #modelWithoutCityCert}). */
    private static final String MODEL_KEY = "cityCertModelOnBareEngine";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String ROLE = "SCPM";
    private static final Path REPORT = Path.of("target", "benchmarks", "path.md");
    private static final Path STATEMENTS = Path.of("target", "benchmarks", "path-statements.md");

    /** The steps of one application; each side times the same five. */
    enum Step { SUBMIT, REVIEW, ASSESS, DECIDE, ISSUE }

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskInbox inbox;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestAccounts accounts;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    /** Milliseconds per step per timed application, and the part of each staff step spent finding the task. */
    private record Timings(double[][] steps, double[][] find) {
        Timings() {
            this(new double[Step.values().length][RUNS], new double[Step.values().length][RUNS]);
        }

        double[] total() {
            double[] total = new double[RUNS];
            for (double[] step : steps) {
                for (int i = 0; i < RUNS; i++) {
                    total[i] += step[i];
                }
            }
            return total;
        }
    }

    /**
     * Where one application's steps go: timed into the timings, or (counting) the SQL of their statements recorded into
     * {@code statements}, or neither during the warm-up.
     */
    private static final class Sink {
        private final Timings timings;
        private final int run;
        private final List<List<String>> statements;
        private final List<List<String>> callers = new ArrayList<>();
        private long start;
        private long found;

        private Sink(Timings timings, int run, List<List<String>> statements) {
            this.timings = timings;
            this.run = run;
            this.statements = statements;
        }

        static Sink warmUp() {
            return new Sink(null, 0, null);
        }

        static Sink timed(Timings timings, int run) {
            return new Sink(timings, run, null);
        }

        static Sink counting(List<List<String>> statements) {
            return new Sink(null, 0, statements);
        }

        void run(Step step, Runnable work) {
            found = 0;
            start = System.nanoTime();
            if (statements != null) {
                List<String> prepared = new ArrayList<>();
                statements.add(step.ordinal(), SqlStatementCounter.record(work, prepared));
                callers.add(step.ordinal(), prepared);
                return;
            }
            work.run();
            if (timings != null) {
                timings.steps()[step.ordinal()][run] = (System.nanoTime() - start) / 1e6;
                timings.find()[step.ordinal()][run] = found / 1e6;
            }
        }

        /** The task (or job) has been found: the time since the step started is its finding. */
        void found() {
            found = System.nanoTime() - start;
        }
    }

    @Test
    void applications_per_second_through_citycert_against_the_bare_engine() throws IOException {
        repository.createDeployment().name("path-benchmark").addClasspathResource("bench/bare-certification.bpmn")
                .addString("citycert-model-on-bare-engine.bpmn", modelWithoutCityCert()).deploy();
        // one staff member per stage, as a body has: they work every application (a candidate applies once)
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        List<CurrentUser> candidates = new ArrayList<>();
        List<UUID> submitted = new ArrayList<>();
        List<String> bareInstances = new ArrayList<>();
        List<String> modelInstances = new ArrayList<>();
        Timings cityCert = new Timings();
        Timings bare = new Timings();
        Timings model = new Timings();

        for (int i = 0; i < WARM_UP + RUNS; i++) {
            int run = i - WARM_UP;
            CurrentUser candidate = accounts.create(Role.CANDIDATE); // not timed: the account exists before
            candidates.add(candidate);
            submitted.add(throughCityCert(candidate, reviewer, assessor, officer,
                    run < 0 ? Sink.warmUp() : Sink.timed(cityCert, run)));
            bareInstances.add(throughBareEngine(BARE_KEY, i, run < 0 ? Sink.warmUp() : Sink.timed(bare, run)));
            modelInstances.add(throughBareEngine(MODEL_KEY, i, run < 0 ? Sink.warmUp() : Sink.timed(model, run)));
        }
        // one more application each, not timed: the SQL statements each step prepares
        List<List<String>> cityStatements = new ArrayList<>();
        List<List<String>> bareStatements = new ArrayList<>();
        CurrentUser counted = accounts.create(Role.CANDIDATE);
        candidates.add(counted);
        Sink cityCounted = Sink.counting(cityStatements);
        submitted.add(throughCityCert(counted, reviewer, assessor, officer, cityCounted));
        List<List<String>> modelStatements = new ArrayList<>();
        bareInstances.add(throughBareEngine(BARE_KEY, WARM_UP + RUNS, Sink.counting(bareStatements)));
        modelInstances.add(throughBareEngine(MODEL_KEY, WARM_UP + RUNS, Sink.counting(modelStatements)));

        String table = report(cityCert, bare, model, cityStatements, bareStatements, modelStatements);
        log.info("Path benchmark\n{}", table);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, table);
        Files.writeString(STATEMENTS, statementsByCaller(cityStatements, cityCounted.callers));

        for (int i = 0; i < candidates.size(); i++) {
            UUID application = submitted.get(i);
            assertThat(applications.details(application).status()).isEqualTo(ApplicationStatus.CERTIFIED);
            assertThat(certificates.mine(candidates.get(i))).singleElement()
                    .satisfies(c -> assertThat(c.applicationId()).isEqualTo(application));
        }
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(BARE_KEY).finished().count())
                .isEqualTo(bareInstances.size());
        assertThat(history.createHistoricActivityInstanceQuery().activityId("Certified").finished().count())
                .as("bare instances that reached Certified").isEqualTo(bareInstances.size());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BARE_KEY).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(MODEL_KEY).finished().count())
                .isEqualTo(modelInstances.size());
        String modelDefinition = repository.createProcessDefinitionQuery().processDefinitionKey(MODEL_KEY)
                .latestVersion().singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().activityId("Event_Certified")
                .processDefinitionId(modelDefinition).finished().count())
                .as("instances of CityCert's model on the bare engine that reached Certified")
                .isEqualTo(modelInstances.size());
        assertThat(history.createHistoricActivityInstanceQuery().activityId("Activity_CheckEligibility")
                .processDefinitionId(modelDefinition).finished().count())
                .as("the model's instances evaluated the eligibility table").isEqualTo(modelInstances.size());
    }

    /**
     * CityCert's certification model ({@code processes/certification.bpmn}) with CityCert's code taken out, for the
     * third side: the engine's own work on the same model (the retake gateway, both decision tables, the SLA timers,
     * the withdrawal's event subprocess, the same gateways and the asynchronous issue) without CityCert's listeners
     * and delegates. Every listener is removed, every delegate becomes the expression {@code ${true}}, and the SLA
     * timers' durations, which a CityCert bean computes, become a fixed five days.
     */
    static String modelWithoutCityCert() {
        try (var in = PathBenchmark.class.getResourceAsStream("/processes/certification.bpmn")) {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document model = factory.newDocumentBuilder().parse(in);
            for (String listener : List.of("executionListener", "taskListener")) {
                org.w3c.dom.NodeList found = model.getElementsByTagNameNS(CAMUNDA, listener);
                for (int i = found.getLength() - 1; i >= 0; i--) {
                    found.item(i).getParentNode().removeChild(found.item(i));
                }
            }
            org.w3c.dom.NodeList all = model.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
                if (element.hasAttributeNS(CAMUNDA, "delegateExpression")) {
                    element.removeAttributeNS(CAMUNDA, "delegateExpression");
                    element.setAttributeNS(CAMUNDA, "camunda:expression", "${true}");
                }
                if (element.getLocalName().equals("process")) {
                    element.setAttribute("id", MODEL_KEY);
                    element.setAttribute("name", "CityCert's model on the bare engine (benchmark)");
                }
                if (element.getLocalName().equals("timeDuration") && element.getTextContent().contains("slaTimers")) {
                    element.setTextContent("P5D");
                }
            }
            var out = new java.io.StringWriter();
            javax.xml.transform.TransformerFactory.newInstance().newTransformer().transform(
                    new javax.xml.transform.dom.DOMSource(model), new javax.xml.transform.stream.StreamResult(out));
            String xml = out.toString();
            assertThat(xml).as("CityCert's beans left in the model").doesNotContain("Delegate}", "Listener}",
                    "slaTimers", "impartialityGuard");
            return xml;
        } catch (Exception e) {
            throw new IllegalStateException("CityCert's model could not be made bare", e);
        }
    }

    /** One application through CityCert's services, as the UI and the API drive them; its id. */
    private UUID throughCityCert(CurrentUser candidate, CurrentUser reviewer, CurrentUser assessor,
                                 CurrentUser officer, Sink sink) {
        ApplicationDetails[] application = new ApplicationDetails[1];
        sink.run(Step.SUBMIT, () -> application[0] = applications.submit(candidate, TestDocuments.application(ROLE)));
        UUID id = application[0].id();
        sink.run(Step.REVIEW, () -> {
            StaffTask review = claim(reviewer, id, Stage.REVIEW, sink);
            tasks.completeReview(reviewer, review.id(), TestStaffWork.review(tasks, reviewer, review.id(),
                    ReviewVerdict.SUFFICIENT, "Relevant and current."));
        });
        sink.run(Step.ASSESS, () -> {
            StaffTask assessment = claim(assessor, id, Stage.ASSESSMENT, sink);
            tasks.completeAssessment(assessor, assessment.id(),
                    TestStaffWork.scores(tasks, assessor, assessment.id(), "80", "Interview held."));
        });
        sink.run(Step.DECIDE, () -> {
            StaffTask decision = claim(officer, id, Stage.DECISION, sink);
            tasks.completeDecision(officer, decision.id(), TestStaffWork.decision("CERTIFY", "Supported."));
        });
        sink.run(Step.ISSUE, () -> {
            String job = management.createJobQuery().processInstanceId(application[0].processInstanceId())
                    .singleResult().getId();
            sink.found();
            management.executeJob(job);
        });
        return id;
    }

    /**
     * The application's task as the staff member finds it (the first inbox page, as it opens) and claims it; the
     * found time is that of the inbox and the claim.
     */
    private StaffTask claim(CurrentUser staff, UUID applicationId, Stage stage, Sink sink) {
        StaffTask task = inbox.inbox(staff, 0, 50).stream().filter(t -> applicationId.equals(t.applicationId()))
                .findFirst().orElseThrow(() -> new AssertionError(stage + " task not in the inbox of " + staff));
        assertThat(task.certificationStage()).isEqualTo(stage);
        tasks.claim(staff, task.id());
        sink.found();
        return task;
    }

    /**
     * The same path on the bare engine, on the minimal model ({@code bareCertification}) or on CityCert's own model
     * without CityCert's code in it ({@link #modelWithoutCityCert}): started with as many variables as CityCert starts its process with (nine),
     * each task found by candidate group, claimed and completed with two variables (verdict and comment, as
     * CityCert's), then the issue job; the instance's id.
     */
    private String throughBareEngine(String key, int i, Sink sink) {
        String[] instance = new String[1];
        sink.run(Step.SUBMIT, () -> {
            Map<String, Object> variables = new HashMap<>();
            variables.put("applicationId", UUID.randomUUID().toString());
            variables.put("candidate", "bare-candidate-" + i);
            variables.put("candidateName", "Bare Candidate " + i);
            variables.put("candidateNameKey", "bare candidate " + i);
            variables.put("roleCode", ROLE);
            variables.put("yearsOfExperience", 5);
            variables.put("educationLevel", 6);
            variables.put("retake", false);
            variables.put("assessmentRoutes", "PORTFOLIO");
            instance[0] = runtime.startProcessInstanceByKey(key, "BARE-" + i, variables).getId();
        });
        sink.run(Step.REVIEW, () -> work(instance[0], "reviewers", "bare-reviewer", "review", "SUFFICIENT", sink));
        sink.run(Step.ASSESS, () -> work(instance[0], "assessors", "bare-assessor", "assessment", "COMPETENT", sink));
        sink.run(Step.DECIDE, () -> work(instance[0], "certification-officers", "bare-officer", "decision", "CERTIFY",
                sink));
        sink.run(Step.ISSUE, () -> {
            String job = management.createJobQuery().processInstanceId(instance[0]).singleResult().getId();
            sink.found();
            management.executeJob(job);
        });
        return instance[0];
    }

    private void work(String instance, String group, String user, String prefix, String verdict, Sink sink) {
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup(group).singleResult();
        taskService.claim(task.getId(), user);
        sink.found();
        taskService.complete(task.getId(), Map.of(prefix + "Verdict", verdict, prefix + "Comment", "Done."));
    }

    /**
     * Every statement of the counted CityCert application, per step and by the CityCert method that prepared it: where
     * a repeated read comes from.
     */
    private static String statementsByCaller(List<List<String>> statements, List<List<String>> callers) {
        StringBuilder out = new StringBuilder("# The statements of one CityCert application, by the method that "
                + "prepared them\n");
        for (Step step : Step.values()) {
            List<String> sql = statements.get(step.ordinal());
            List<String> from = callers.get(step.ordinal());
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (int i = 0; i < sql.size(); i++) {
                counts.merge(from.get(i) + " | " + kind(sql.get(i)), 1L, Long::sum);
            }
            out.append("\n## %s: %d statements\n\n| method | statement | count |\n| --- | --- | ---: |\n"
                    .formatted(step.name().toLowerCase(), sql.size()));
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> out.append("| %s | %d |%n".formatted(e.getKey(), e.getValue())));
        }
        return out.toString();
    }

    private static String report(Timings cityCert, Timings bare, Timings model, List<List<String>> cityStatements,
                                 List<List<String>> bareStatements, List<List<String>> modelStatements) {
        double[] cityTotal = cityCert.total();
        double[] bareTotal = bare.total();
        double[] modelTotal = model.total();
        double cityPerSecond = 1000 / median(cityTotal);
        double barePerSecond = 1000 / median(bareTotal);
        double modelPerSecond = 1000 / median(modelTotal);
        double cityThroughput = RUNS / (sum(cityTotal) / 1000);
        double bareThroughput = RUNS / (sum(bareTotal) / 1000);
        double modelThroughput = RUNS / (sum(modelTotal) / 1000);
        double ratio = cityPerSecond / barePerSecond;
        double throughputRatio = cityThroughput / bareThroughput;
        StringBuilder out = new StringBuilder();
        out.append("""
                | one application, one thread | CityCert | bare engine | CityCert's model on the bare engine |
                | --- | ---: | ---: | ---: |
                | p50 ms end to end | %.1f | %.1f | %.1f |
                | p95 ms end to end | %.1f | %.1f | %.1f |
                | applications/s (1000 / p50) | **%.1f** | **%.1f** | **%.1f** |
                | applications/s (N / total s) | %.1f | %.1f | %.1f |

                Ratio CityCert ÷ bare engine: **%.2f** (p50), %.2f (N / total s); goal %.1f: %s.
                Ratio CityCert ÷ CityCert's model on the bare engine: **%.2f** (p50), %.2f (N / total s); \
                the model on the bare engine ÷ the bare engine: %.2f (p50).

                | step | CityCert p50 ms | p95 ms | mean ms | share of CityCert's mean | of which finding and claiming the task (issue: the job query), p50 ms | bare p50 ms | CityCert ÷ bare (p50 ms) | model on the bare engine p50 ms | SQL statements CityCert / bare / model |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                """.formatted(median(cityTotal), median(bareTotal), median(modelTotal), p95(cityTotal),
                p95(bareTotal), p95(modelTotal), cityPerSecond, barePerSecond, modelPerSecond, cityThroughput,
                bareThroughput, modelThroughput, ratio, throughputRatio, GOAL,
                ratio >= GOAL ? "met" : "missed by %.2f (CityCert would need to be %.1f times as fast)"
                        .formatted(GOAL - ratio, GOAL / ratio),
                cityPerSecond / modelPerSecond, cityThroughput / modelThroughput, modelPerSecond / barePerSecond));
        double cityMean = sum(cityTotal) / RUNS;
        for (Step step : Step.values()) {
            double[] city = cityCert.steps()[step.ordinal()];
            double[] engine = bare.steps()[step.ordinal()];
            double[] onModel = model.steps()[step.ordinal()];
            out.append("| %s | %.1f | %.1f | %.1f | %.0f %% | %s | %.1f | %.1f | %.1f | %d / %d / %d |%n".formatted(
                    step.name().toLowerCase(), median(city), p95(city), sum(city) / RUNS,
                    100 * sum(city) / RUNS / cityMean,
                    step == Step.SUBMIT ? "" : "%.1f".formatted(median(cityCert.find()[step.ordinal()])),
                    median(engine), median(city) / median(engine), median(onModel),
                    cityStatements.get(step.ordinal()).size(), bareStatements.get(step.ordinal()).size(),
                    modelStatements.get(step.ordinal()).size()));
        }
        out.append("""

                Where CityCert's SQL goes, one application (statements prepared on the test thread; the engine's \
                tables are act_*):

                | step | statements | on the engine's tables | on CityCert's tables | the most frequent (kind table: count) |
                | --- | ---: | ---: | ---: | --- |
                """);
        for (Step step : Step.values()) {
            List<String> statements = cityStatements.get(step.ordinal());
            Map<String, Long> kinds = statements.stream().map(PathBenchmark::kind)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            long engine = kinds.entrySet().stream().filter(k -> k.getKey().contains(" act_"))
                    .mapToLong(Map.Entry::getValue).sum();
            String top = kinds.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(8).map(k -> k.getKey() + ": " + k.getValue()).collect(Collectors.joining(", "));
            out.append("| %s | %d | %d | %d | %s |%n".formatted(step.name().toLowerCase(), statements.size(), engine,
                    statements.size() - engine, top));
        }
        out.append("""

                Runs: %d applications per side timed after %d warm-up, taking turns: CityCert, the bare engine, \
                CityCert's model on the bare engine; the issue job run with ManagementService.executeJob in the test \
                thread on every side. Processors: %d. Load \
                average at the end: %.2f.
                """.formatted(RUNS, WARM_UP, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return out.toString();
    }

    private static final Pattern WRITE = Pattern.compile("^(insert into|update|delete from) \"?([a-z_][\\w.]*)");
    private static final Pattern FROM = Pattern.compile("\\bfrom \"?([a-z_][\\w.]*)");

    /** A statement's kind and first table: "select act_ru_task", "insert audit_event", "update application". */
    static String kind(String sql) {
        String text = sql.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher write = WRITE.matcher(text);
        if (write.find()) {
            return write.group(1).split(" ")[0] + " " + write.group(2);
        }
        Matcher from = FROM.matcher(text);
        if ((text.startsWith("select") || text.startsWith("with")) && from.find()) {
            return "select " + from.group(1);
        }
        return text.split(" ")[0];
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }
}
