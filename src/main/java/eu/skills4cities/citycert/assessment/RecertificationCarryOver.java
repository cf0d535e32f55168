package eu.skills4cities.citycert.assessment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.ApplicationFacts;
import eu.skills4cities.citycert.application.HeldCertificates.RoleCertificate;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which units of the recertified role certificate a recertification carries over, as the decision table
 * {@code processes/recertification-carry-over.dmn} says, unit by unit. Judged as of the day the application
 * was made, so the answer does not change while the application is reviewed and assessed.
 *
 * <p>The plan is read on every task screen and application page, in read-only transactions: the table's
 * latest deployed version is evaluated without the decision history the process engine would write on each
 * reading ({@link DeployedDecisions}).
 */
@Component
class RecertificationCarryOver {

    static final String DECISION_KEY = "recertification-carry-over";

    private final DeployedDecisions decisions;
    private final FrameworkCatalogue framework;
    private final UnitJudgementStore store;

    RecertificationCarryOver(DeployedDecisions decisions, FrameworkCatalogue framework, UnitJudgementStore store) {
        this.decisions = decisions;
        this.framework = framework;
        this.store = store;
    }

    /** One unit's answer. */
    record Verdict(String unitCode, boolean carryOver, String reason, LocalDate passedOn) {
    }

    /** The table's answer for each unit the certificate covers and the application's role still has. */
    List<Verdict> decide(ApplicationFacts application, RoleCertificate recertified) {
        RoleDefinition current = application.requireRole().role();
        Map<String, UnitDefinition> then = framework.role(recertified.frameworkVersion(), recertified.roleCode())
                .map(PublishedRole::role).map(RoleDefinition::units).orElse(List.of()).stream()
                .collect(Collectors.toMap(UnitDefinition::code, Function.identity()));
        Map<String, LocalDate> passedOn = store.passedOf(application.candidateUsername(), application.roleCode());
        LocalDate appliedOn = application.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        List<Verdict> verdicts = new ArrayList<>();
        DeployedDecisions.Deployed table = null;
        for (UnitDefinition unit : current.units()) {
            if (!recertified.unitCodes().contains(unit.code())) {
                continue;
            }
            LocalDate passed = passedOn.getOrDefault(unit.code(), recertified.originIssuedOn());
            // the table's version looked up once for all the units, and only when a unit needs it
            table = table == null ? decisions.latest(DECISION_KEY) : table;
            verdicts.add(evaluate(table, unit.code(), sameContent(unit, then.get(unit.code())),
                    (int) Math.max(0, ChronoUnit.YEARS.between(passed, appliedOn)), passed));
        }
        return verdicts;
    }

    /** One row lookup of the table, for the inputs given. */
    Verdict evaluate(DeployedDecisions.Deployed table, String unitCode, boolean unitInCurrentVersion,
                     int yearsSincePassed, LocalDate passedOn) {
        var result = decisions.evaluate(table, Variables.createVariables()
                .putValue("unitInCurrentVersion", unitInCurrentVersion).putValue("yearsSincePassed", yearsSincePassed));
        return new Verdict(unitCode, Boolean.TRUE.equals(result.getEntry("carryOver")),
                (String) result.getEntry("reason"), passedOn);
    }

    /** The same unit code with the same elements, in the order the framework lists them. */
    private static boolean sameContent(UnitDefinition now, UnitDefinition then) {
        return then != null && elements(now).equals(elements(then));
    }

    private static List<String> elements(UnitDefinition unit) {
        return unit.elements().stream().map(ElementDefinition::code).toList();
    }
}
