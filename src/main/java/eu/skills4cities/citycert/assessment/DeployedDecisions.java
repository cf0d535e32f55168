package eu.skills4cities.citycert.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The judging's decision tables as deployed now, evaluated by a DMN engine of its own: the latest version is
 * looked up (one query) and parsed once per version, and an evaluation is pure computation, with none of the
 * decision history the process engine writes per call. The judging records what a table decided in its own
 * tables (a unit's score, pass mark and result), so the history would only repeat it (docs/architecture.md,
 * "The judging").
 */
@Component
class DeployedDecisions {

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** Parsed tables by decision definition id: a new deployment is parsed once. */
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    DeployedDecisions(RepositoryService repository) {
        this.repository = repository;
    }

    /** A deployed version of a table: its definition id and version, to name in the log, and what it decides. */
    record Deployed(String definitionId, int version, DmnDecision decision) {
    }

    /** The latest deployed version of the table with the key. */
    Deployed latest(String key) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        DmnDecision decision = parsed.computeIfAbsent(definition.getId(), id -> {
            try (InputStream in = repository.getDecisionModel(id)) {
                return dmn.parseDecision(key, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Deployed(definition.getId(), definition.getVersion(), decision);
    }

    /** The one row a table with a single-result hit policy picks for the inputs. */
    DmnDecisionRuleResult evaluate(Deployed table, VariableMap inputs) {
        return dmn.evaluateDecisionTable(table.decision(), inputs).getSingleResult();
    }
}
