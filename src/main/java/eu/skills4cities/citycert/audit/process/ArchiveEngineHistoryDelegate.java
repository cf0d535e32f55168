package eu.skills4cities.citycert.audit.process;

import eu.skills4cities.citycert.audit.EngineHistoryArchive;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The asynchronous "Archive the engine history of ended cases" step. Safe to retry: a case
 * archived already is not archived again.
 */
@Component("archiveEngineHistoryDelegate")
class ArchiveEngineHistoryDelegate implements JavaDelegate {

    private final EngineHistoryArchive archive;

    ArchiveEngineHistoryDelegate(EngineHistoryArchive archive) {
        this.archive = archive;
    }

    @Override
    public void execute(DelegateExecution execution) {
        archive.archiveEnded();
    }
}
