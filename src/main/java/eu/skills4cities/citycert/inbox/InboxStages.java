package eu.skills4cities.citycert.inbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.springframework.stereotype.Component;

/**
 * Every kind of work the inbox lists: the certification process's stages, then those of each
 * {@link InboxWork} bean, each stage known by its code.
 */
@Component
public class InboxStages {

    private final List<InboxWork> works;
    private final List<InboxStage> stages;

    InboxStages(List<InboxWork> works) {
        this.works = List.copyOf(works);
        List<InboxStage> all = new ArrayList<>(Arrays.stream(Stage.values())
                .map(stage -> new InboxStage(stage.name(), CertificationProcess.PROCESS_KEY,
                        List.of(stage.activityId()), "stage." + stage.name())).toList());
        works.forEach(work -> all.addAll(work.stages()));
        this.stages = List.copyOf(all);
    }

    /** All stages, certification's first. */
    public List<InboxStage> all() {
        return stages;
    }

    /** The stages of the work this person has a role for, as the inbox's stage filter offers them. */
    public List<InboxStage> offeredTo(CurrentUser user) {
        return stages.stream().filter(stage -> stage.processKey().equals(CertificationProcess.PROCESS_KEY)
                ? user.hasAnyOf(Role.TASK_WORKERS)
                : works.stream().anyMatch(work -> work.processKey().equals(stage.processKey()) && work.worksOn(user)))
                .toList();
    }

    /** True when the person has a role for any work the inbox lists. */
    public boolean worksOnAny(CurrentUser user) {
        return user.hasAnyOf(Role.TASK_WORKERS) || works.stream().anyMatch(work -> work.worksOn(user));
    }

    /**
     * The stage with this code; null for null.
     *
     * @throws InvalidInputException naming the stage parameter when no stage has the code
     */
    public InboxStage require(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return find(code.strip()).orElseThrow(() -> InvalidInputException.of("problem.input.invalid", "stage"));
    }

    Optional<InboxStage> find(String code) {
        return stages.stream().filter(stage -> stage.code().equals(code)).findFirst();
    }

    /** The stage of an engine task, by its process and activity. */
    Optional<InboxStage> ofTask(String processKey, String activityId) {
        return stages.stream().filter(stage -> stage.processKey().equals(processKey)
                && stage.activityIds().contains(activityId)).findFirst();
    }

    List<InboxWork> works() {
        return works;
    }
}
