package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.ApplicationFacts;
import eu.skills4cities.citycert.application.ApplicationReopening;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judging an application unit by unit: review verdicts per unit, assessment scores per unit
 * or element, the pass rule ({@code processes/unit-pass.dmn}) and the units a candidate holds.
 * Staff callers (the inbox) check who may act on which task; candidate-facing methods check
 * that the user may see the application. Retakes are {@link Retakes}; the decision's rules
 * {@link CertificationDecisions}; the units held already {@link HeldUnits}; the checks of an assessor's scores
 * {@link AssessorScores}. A little over 300 lines: review, plan, assessment and standing share the plan and its
 * checks, which split classes would repeat.
 */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);
    static final int MAX_REASON = 2000;

    private final ApplicationService applications;
    private final RetakeChains chains;
    private final UnitJudgementStore store;
    private final DeployedDecisions decisions;
    private final HeldUnits heldUnits;
    private final ApplicationReopening reopening;
    private final Clock clock;

    AssessmentService(ApplicationService applications, RetakeChains chains, UnitJudgementStore store,
                      DeployedDecisions decisions, HeldUnits heldUnits, ApplicationReopening reopening, Clock clock) {
        this.heldUnits = heldUnits;
        this.reopening = reopening;
        this.applications = applications;
        this.chains = chains;
        this.store = store;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * Records a reviewer's verdict on every unit of the application's role and returns the
     * verdict on the whole portfolio ({@link ReviewVerdict#overall}).
     *
     * @throws InvalidInputException listing every problem; nothing is stored
     */
    @Transactional
    public ReviewVerdict recordReview(UUID applicationId, String taskId, List<UnitVerdict> verdicts, String reviewer) {
        AssessmentPlan plan = plan(applicationId);
        List<UserMessage> problems = new ArrayList<>();
        Map<String, UnitVerdict> byUnit = byUnit(verdicts == null ? List.of() : verdicts, UnitVerdict::unitCode,
                "problem.review.unit-twice", problems);
        Set<String> known = plan.toAssess().stream().map(UnitDefinition::code).collect(Collectors.toSet());
        byUnit.keySet().stream().filter(code -> !known.contains(code))
                .forEach(code -> problems.add(notCovered(plan, code, "problem.review.unit-unknown")));
        // units held already (a unit certificate, a recertification's carry-over) are not reviewed again
        for (UnitDefinition unit : plan.toAssess()) {
            UnitVerdict verdict = byUnit.get(unit.code());
            if (verdict == null || verdict.verdict() == null) {
                problems.add(UserMessage.of("problem.review.unit-missing", unit.code(), unit.title()));
                continue;
            }
            String reason = strip(verdict.reason());
            boolean reasonNeeded = verdict.verdict() != ReviewVerdict.SUFFICIENT;
            if ((reasonNeeded && reason == null) || (reason != null && reason.length() > MAX_REASON)) {
                problems.add(UserMessage.of("problem.review.reason", unit.code(), MAX_REASON));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.task.refused", problems);
        }
        Instant now = clock.instant();
        for (UnitDefinition unit : plan.toAssess()) {
            UnitVerdict verdict = byUnit.get(unit.code());
            store.insertReview(applicationId, taskId, new UnitVerdict(unit.code(), verdict.verdict(),
                    strip(verdict.reason())), reviewer, now);
        }
        return ReviewVerdict.overall(byUnit.values().stream().map(UnitVerdict::verdict).toList());
    }

    /** Every review round's unit verdicts on the application, oldest first. */
    @Transactional(readOnly = true)
    public List<UnitReview> reviews(UUID applicationId) {
        return store.reviews(applicationId);
    }

    /**
     * What the application's review and assessment cover: every unit of the role the candidate does
     * not hold already. Held are the units passed in the applications a retake retakes, the units of the
     * candidate's active unit certificates of the role (issued for another application), and on a
     * recertification the units the carry-over table carries from the recertified certificate. A reassessment
     * opened on an upheld appeal that named units judges those only.
     */
    @Transactional(readOnly = true)
    public AssessmentPlan plan(UUID applicationId) {
        ApplicationFacts application = applications.facts(applicationId);
        RoleDefinition role = application.requireRole().role();
        List<PassedUnit> passed = application.retakeOf() == null ? List.of()
                : store.passedThrough(chains.of(application));
        Map<String, UnitHeldAlready> why = heldUnits.of(application, passed);
        Set<String> known = role.units().stream().map(UnitDefinition::code).collect(Collectors.toSet());
        why.keySet().retainAll(known);
        Set<String> reassessed = reopening.reassessedUnits(applicationId);
        return new AssessmentPlan(
                role.units().stream().filter(u -> !why.containsKey(u.code()))
                        .filter(u -> reassessed.isEmpty() || reassessed.contains(u.code())).toList(),
                role.units().stream().filter(u -> why.containsKey(u.code())).toList(),
                passed, role.scheme().passMarkPercent(), role.scheme().scoreElements(), unitsRequired(role),
                role.units().stream().map(u -> why.get(u.code())).filter(java.util.Objects::nonNull).toList(),
                role.scheme().portfolioUnits());
    }

    /** The plan of the user's own application (or one they may see), for the candidate's page. */
    @Transactional(readOnly = true)
    public AssessmentPlan plan(CurrentUser user, UUID applicationId) {
        applications.get(user, applicationId);
        return plan(applicationId);
    }

    /**
     * The problem for a unit a review or an assessment names that it does not cover: held through a
     * certificate, or not part of it (unknown, or held through the application a retake retakes).
     */
    static UserMessage notCovered(AssessmentPlan plan, String unitCode, String unknownKey) {
        return plan.heldBecause(unitCode).filter(h -> h.certificateNumber() != null)
                .map(h -> UserMessage.of("problem.unit.held", unitCode, h.certificateNumber()))
                .orElseGet(() -> UserMessage.of(unknownKey, unitCode));
    }

    /**
     * Records an assessor's scores for the units the plan covers, judges each unit with the
     * pass rule, and returns what the assessment achieved.
     *
     * @throws InvalidInputException listing every problem; nothing is stored
     */
    @Transactional
    public AssessmentOutcome recordAssessment(UUID applicationId, String taskId, List<UnitScore> scores,
                                              String assessor) {
        AssessmentPlan plan = plan(applicationId);
        List<UserMessage> problems = new ArrayList<>();
        List<ScoredUnit> scored = AssessorScores.of(plan, plan.toAssess(), scores, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.task.refused", problems);
        }
        return judge(applicationId, taskId, plan, scored, assessor);
    }

    /**
     * Judges each scored unit with the pass rule, stores it with its method, and returns what the assessment
     * achieved with the units the plan holds already.
     */
    AssessmentOutcome judge(UUID applicationId, String taskId, AssessmentPlan plan, List<ScoredUnit> scores,
                            String assessor) {
        Instant now = clock.instant();
        // the rule's deployed version looked up once for all the units (docs/architecture.md, "The judging")
        DeployedDecisions.Deployed rule = decisions.latest(CertificationProcess.DECISION_UNIT_PASS);
        int passedNow = 0;
        for (ScoredUnit unit : scores) {
            boolean passed = passes(rule, unit.score(), plan.passMark());
            passedNow += passed ? 1 : 0;
            store.insertAssessment(applicationId, taskId, unit.unitCode(), unit.score(), unit.elementScores(),
                    plan.passMark(), passed, assessor, now, unit.method());
        }
        AssessmentOutcome outcome = plan.heldAlready().size() + passedNow >= plan.unitsRequired()
                ? AssessmentOutcome.COMPETENT
                : passedNow > 0 ? AssessmentOutcome.PARTIAL : AssessmentOutcome.NOT_YET_COMPETENT;
        log.info("Application {} assessed by {}: {} of {} units passed ({}), {} of them by the exam; pass rule {}",
                applicationId, assessor, passedNow, scores.size(), outcome,
                scores.stream().filter(s -> s.method() == AssessmentMethod.EXAM).count(), rule.definitionId());
        return outcome;
    }

    /**
     * The pass rule, as the decision table {@code unit-pass} states it.
     *
     * @param passMark the role's pass mark in percent; null for the table's default
     */
    public boolean passes(BigDecimal score, BigDecimal passMark) {
        return passes(decisions.latest(CertificationProcess.DECISION_UNIT_PASS), score, passMark);
    }

    private boolean passes(DeployedDecisions.Deployed rule, BigDecimal score, BigDecimal passMark) {
        var result = decisions.evaluate(rule, Variables.createVariables().putValue("score", score.doubleValue())
                .putValue("passMark", passMark == null ? null : passMark.doubleValue()));
        return Boolean.TRUE.equals(result.getEntry("passed"));
    }

    /**
     * What the scores an assessor has typed so far make of a unit, before anything is stored: the unit's score
     * (with element scoring the mean of its elements, as the assessment stores it) and whether the pass rule
     * passes it. Empty while a score is missing or outside 0 to 100.
     */
    public java.util.Optional<UnitPreview> preview(AssessmentPlan plan, UnitDefinition unit, UnitScore score) {
        BigDecimal value = AssessorScores.scoreOf(plan, unit, score, new ArrayList<>());
        return value == null ? java.util.Optional.empty()
                : java.util.Optional.of(new UnitPreview(value, passes(value, plan.passMark())));
    }

    /** The application's assessed units with their scores, in the order they were stored. */
    @Transactional(readOnly = true)
    public List<UnitResult> results(UUID applicationId) {
        return store.results(applicationId);
    }

    /** The candidate's own application's unit results. */
    @Transactional(readOnly = true)
    public List<UnitResult> results(CurrentUser user, UUID applicationId) {
        applications.get(user, applicationId);
        return store.results(applicationId);
    }

    /**
     * Puts the units the application's assessment passed on the candidate's record. Called
     * by the process when the certification decision certifies them.
     */
    @Transactional
    public void confirmPassedUnits(UUID applicationId) {
        ApplicationFacts application = applications.facts(applicationId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (UnitResult result : store.results(applicationId)) {
            if (result.passed()) {
                store.insertPassed(application.candidateUsername(), application.requireRole().versionId(),
                        application.roleCode(),
                        result.unitCode(), applicationId, result.score(), today);
            }
        }
    }

    /**
     * The candidate's passed unit of the role no longer counts as held: a certification officer withdrew
     * it from their certificate (a reduction of scope). Called in the officer's transaction.
     */
    @Transactional
    public void withdrawPassedUnit(String candidate, String roleCode, String unitCode) {
        int marked = store.withdrawPassed(candidate, roleCode, unitCode, clock.instant());
        log.info("Unit {} of role {} withdrawn from {}: {} passed record(s) no longer count", unitCode, roleCode,
                candidate, marked);
    }

    /**
     * The candidate's withdrawn unit of the role counts as held again: an upheld appeal reversed the reduction
     * of scope. Called in the appeal's transaction.
     */
    @Transactional
    public void restorePassedUnit(String candidate, String roleCode, String unitCode) {
        int marked = store.restorePassed(candidate, roleCode, unitCode);
        log.info("Unit {} of role {} restored to {}: {} passed record(s) count again", unitCode, roleCode,
                candidate, marked);
    }

    /**
     * The units a certified application confirmed, and whether its candidate now holds the whole role:
     * with the units its plan counted as held already (a retake's, a unit certificate's, a carry-over).
     */
    @Transactional(readOnly = true)
    public UnitStanding standing(UUID applicationId) {
        ApplicationFacts application = applications.facts(applicationId);
        RoleDefinition role = application.requireRole().role();
        Set<String> here = codes(store.passedThrough(List.of(applicationId)));
        Set<String> held = new java.util.HashSet<>(here);
        plan(applicationId).heldAlready().forEach(unit -> held.add(unit.code()));
        return new UnitStanding(role.units().stream().filter(u -> here.contains(u.code())).toList(),
                role.units().stream().filter(u -> held.contains(u.code())).toList(),
                held.size() >= unitsRequired(role));
    }

    static <T> Map<String, T> byUnit(List<T> items, Function<T, String> code, String twiceKey,
                                             List<UserMessage> problems) {
        Map<String, T> byUnit = new LinkedHashMap<>();
        for (T item : items) {
            if (item == null || code.apply(item) == null) {
                continue;
            }
            if (byUnit.putIfAbsent(code.apply(item), item) != null) {
                problems.add(UserMessage.of(twiceKey, code.apply(item)));
            }
        }
        return byUnit;
    }

    static Set<String> codes(List<PassedUnit> units) {
        return units.stream().map(PassedUnit::unitCode).collect(Collectors.toSet());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The units a role needs for its full certificate. */
    static int unitsRequired(RoleDefinition role) {
        return role.scheme().unitsRequired() == null ? role.units().size() : role.scheme().unitsRequired();
    }
}
