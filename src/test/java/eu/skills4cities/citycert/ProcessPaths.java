package eu.skills4cities.citycert;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the path-by-path process tests share: a timer fired by moving the engine's clock past its due
 * date (never waited for), the asynchronous step it led to, and a BPMN's own coverage gate (the flow
 * nodes that none of the class's process instances passed).
 */
public final class ProcessPaths {

    private ProcessPaths() {
    }

    /** Moves the engine's clock just past the timer's due date and runs it. */
    public static void fire(ProcessEngine engine, Job timer) {
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(1)));
        engine.getManagementService().executeJob(timer.getId());
    }

    /** Runs the one asynchronous step waiting in the process instance. */
    public static void runAsyncJob(ProcessEngine engine, String processInstanceId) {
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .messages().list();
        assertThat(jobs).hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());
    }

    /** The model of the latest version of the process. */
    public static BpmnModelInstance model(ProcessEngine engine, String processKey) {
        return engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult().getId());
    }

    /** The flow nodes of the model that none of the instances passed. */
    public static Set<String> unpassed(ProcessEngine engine, BpmnModelInstance model, Collection<String> instances) {
        Set<String> elements = new HashSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(node -> elements.add(node.getId()));
        for (String instance : instances) {
            engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance).list()
                    .stream().map(HistoricActivityInstance::getActivityId).forEach(elements::remove);
        }
        return elements;
    }
}
