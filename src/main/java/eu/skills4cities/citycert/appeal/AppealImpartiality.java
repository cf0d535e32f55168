package eu.skills4cities.citycert.appeal;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.base.UserMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appeal's impartiality: nobody who took part in the contested decision (recorded with the
 * appeal when it was received, {@code appeal_excluded}) may claim, be handed or complete the panel's
 * task. The panel's services ask before they act and say no in their own words;
 * {@code process.AppealImpartialityGuard} asks inside the engine, for every other caller.
 */
@Service
public class AppealImpartiality {

    private final AppealStore store;

    AppealImpartiality(AppealStore store) {
        this.store = store;
    }

    /** True when the person took part in the decision the appeal contests, or is the appellant. */
    @Transactional(readOnly = true)
    public boolean excluded(UUID appealId, String username) {
        return store.excluded(appealId, username);
    }

    /**
     * The same rule as {@link #excluded(UUID, String)} for several appeals at once, in one query: those of
     * them the person may not work on. For lists (the staff inbox); the engine's guard asks the single form.
     */
    @Transactional(readOnly = true)
    public Set<UUID> excluded(Collection<UUID> appealIds, String username) {
        return store.excludedAmong(appealIds, username);
    }

    /** Why the person may not work on the appeal, if they may not. */
    @Transactional(readOnly = true)
    public Optional<UserMessage> partiality(UUID appealId, String username) {
        return excluded(appealId, username) ? Optional.of(UserMessage.of("problem.appeal.impartiality"))
                : Optional.empty();
    }
}
