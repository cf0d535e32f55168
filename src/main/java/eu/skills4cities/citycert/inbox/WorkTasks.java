package eu.skills4cities.citycert.inbox;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of some activities of one process, for an {@link InboxWork}, in two statements whatever the
 * number of open tasks of any process: the process's definition ids (a small table), then the tasks by those
 * ids, which the engine's index on a task's process definition finds. The task query's own
 * {@code processDefinitionKey} joins the definitions instead, and PostgreSQL then cannot tell how few of the
 * open tasks are this process's (nearly all are the certification process's): it reads every open task,
 * on every inbox page (the inbox benchmark showed it).
 */
@Component
public class WorkTasks {

    private final RepositoryService repository;
    private final TaskService tasks;
    private final ManagementService management;

    WorkTasks(RepositoryService repository, TaskService tasks, ManagementService management) {
        this.repository = repository;
        this.tasks = tasks;
        this.management = management;
    }

    /** The open tasks of these activities of every deployed version of the process, oldest first. */
    public List<Task> open(String processKey, Collection<String> activityIds) {
        List<String> definitions = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).list()
                .stream().map(ProcessDefinition::getId).toList();
        if (definitions.isEmpty() || activityIds.isEmpty()) {
            return List.of();
        }
        List<String> activities = List.copyOf(activityIds);
        StringBuilder sql = new StringBuilder("SELECT RES.* FROM ").append(management.getTableName(Task.class))
                .append(" RES WHERE RES.PROC_DEF_ID_ IN (");
        for (int i = 0; i < definitions.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("#{definition").append(i).append('}');
        }
        sql.append(") AND RES.TASK_DEF_KEY_ IN (");
        for (int i = 0; i < activities.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("#{activity").append(i).append('}');
        }
        sql.append(") ORDER BY RES.CREATE_TIME_, RES.ID_");
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql.toString());
        for (int i = 0; i < definitions.size(); i++) {
            query.parameter("definition" + i, definitions.get(i));
        }
        for (int i = 0; i < activities.size(); i++) {
            query.parameter("activity" + i, activities.get(i));
        }
        return query.list();
    }
}
