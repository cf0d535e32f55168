package eu.skills4cities.citycert.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.RolePrerequisites;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;

/**
 * The eligibility rules of the certification process, told to people before they apply: the
 * catalogue lists them per role (read from the deployed decision table's rows, so an edited table
 * shows at once), and the wizard checks the candidate's answers as they type by evaluating the very
 * decision the process evaluates on submission, so the two can never disagree.
 */
@Service
public class EligibilityRules implements RolePrerequisites {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final DecisionService decisions;
    private final RepositoryService repository;

    EligibilityRules(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    /**
     * The rule the answers break, in plain words ({@code eligibility.experience} or
     * {@code eligibility.education} with what it needs and what was given); empty when they meet
     * every rule or an answer the failing rule reads is still missing.
     */
    public Optional<UserMessage> check(String roleCode, Integer experienceYears, Integer educationLevel) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CertificationProcess.VAR_ROLE_CODE, roleCode);
        variables.put(CertificationProcess.VAR_EXPERIENCE_YEARS, experienceYears);
        variables.put(CertificationProcess.VAR_EDUCATION_LEVEL, educationLevel);
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(
                CertificationProcess.DECISION_ELIGIBILITY, variables).getSingleResult();
        if (result == null || !Boolean.FALSE.equals(result.get("eligible"))) {
            return Optional.empty();
        }
        String rule = (String) result.get("failedRule");
        Object required = result.get("required");
        Integer given = "experience".equals(rule) ? experienceYears : educationLevel;
        if (rule == null || required == null || given == null) {
            return Optional.empty();
        }
        return Optional.of(UserMessage.of("eligibility." + rule, String.valueOf(((Number) required).intValue()),
                String.valueOf(given)));
    }

    /**
     * The refusing rows of the deployed decision that apply to the role, before the first row that
     * admits it unconditionally (the table's hit policy is FIRST), each as a sentence.
     */
    @Override
    public List<UserMessage> prerequisites(String roleCode) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CertificationProcess.DECISION_ELIGIBILITY).latestVersion().singleResult();
        if (definition == null) {
            return List.of();
        }
        DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
        Decision decision = model.getModelElementById(CertificationProcess.DECISION_ELIGIBILITY);
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<Input> inputs = List.copyOf(table.getInputs());
        List<Output> outputs = List.copyOf(table.getOutputs());
        int roleColumn = column(inputs, CertificationProcess.VAR_ROLE_CODE);
        List<UserMessage> found = new ArrayList<>();
        for (Rule row : table.getRules()) {
            List<InputEntry> conditions = List.copyOf(row.getInputEntries());
            if (!appliesTo(conditions.get(roleColumn).getTextContent(), roleCode)) {
                continue;
            }
            Map<String, String> answer = answers(outputs, row.getOutputEntries());
            if (!"false".equals(answer.get("eligible"))) {
                if (conditions.stream().allMatch(c -> c == conditions.get(roleColumn) || blank(c.getTextContent()))) {
                    break;
                }
                continue;
            }
            String rule = unquoted(answer.get("failedRule"));
            String required = answer.get("required");
            if (("experience".equals(rule) || "education".equals(rule)) && !blank(required)) {
                found.add(UserMessage.of("eligibility.rule." + rule, required.strip()));
            }
        }
        return List.copyOf(found);
    }

    private static int column(List<Input> inputs, String variable) {
        for (int i = 0; i < inputs.size(); i++) {
            if (variable.equals(inputs.get(i).getCamundaInputVariable())) {
                return i;
            }
        }
        throw new IllegalStateException("The eligibility table has no input " + variable);
    }

    /** An empty role condition applies to every role; else a list of quoted codes, or its negation {@code not(…)}. */
    private static boolean appliesTo(String condition, String roleCode) {
        if (blank(condition)) {
            return true;
        }
        Matcher codes = QUOTED.matcher(condition);
        while (codes.find()) {
            if (codes.group(1).equals(roleCode)) {
                return !condition.strip().startsWith("not(");
            }
        }
        return condition.strip().startsWith("not(");
    }

    private static Map<String, String> answers(List<Output> outputs, Collection<OutputEntry> entries) {
        Map<String, String> answer = new HashMap<>();
        List<OutputEntry> values = List.copyOf(entries);
        for (int i = 0; i < outputs.size(); i++) {
            answer.put(outputs.get(i).getName(), values.get(i).getTextContent().strip());
        }
        return answer;
    }

    private static String unquoted(String text) {
        return text == null ? null : text.replace("\"", "").strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
