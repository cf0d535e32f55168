package eu.skills4cities.citycert.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationFacts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.NotFoundException;
import org.springframework.stereotype.Component;

/** An application and the applications it retakes, back to the first one: the units held through any of them count. */
@Component
class RetakeChains {

    private final ApplicationService applications;

    RetakeChains(ApplicationService applications) {
        this.applications = applications;
    }

    /** The application's id first, then each application it retakes. */
    List<UUID> of(ApplicationFacts application) {
        List<UUID> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        ApplicationFacts current = application;
        while (current != null && seen.add(current.id())) {
            chain.add(current.id());
            current = current.retakeOf() == null ? null : find(current.retakeOf());
        }
        return chain;
    }

    private ApplicationFacts find(UUID id) {
        try {
            return applications.facts(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
