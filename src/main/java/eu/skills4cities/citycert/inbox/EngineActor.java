package eu.skills4cities.citycert.inbox;

import java.util.function.Supplier;

import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the CityCert user who asked for it, so the engine's history names who
 * claimed, released or handed over a task ({@code ACT_HI_IDENTITYLINK.ASSIGNER_ID_}, the user
 * operation log): the case record tells a hand-over from a release followed by a claim by it.
 */
@Component
class EngineActor {

    private final IdentityService identityService;

    EngineActor(IdentityService identityService) {
        this.identityService = identityService;
    }

    <T> T as(CurrentUser user, Supplier<T> work) {
        identityService.setAuthenticatedUserId(user.username());
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    void run(CurrentUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
