package eu.skills4cities.citycert.security;

import java.util.ArrayList;
import java.util.List;

import eu.skills4cities.citycert.base.MenuLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The administrators' links in the menu to the tools outside CityCert's views: the engine's Cockpit
 * (processes, incidents) and Admin (its users and groups, mirrored from ours), and the API's
 * documentation where it is served. Only administrators get them: {@code /camunda/**} admits no one
 * else.
 */
@Component
class OperatorTools implements MenuLinks {

    private final CurrentUserProvider users;
    private final boolean apiDocs;

    OperatorTools(CurrentUserProvider users, @Value("${springdoc.swagger-ui.enabled:true}") boolean apiDocs) {
        this.users = users;
        this.apiDocs = apiDocs;
    }

    @Override
    public String titleKey() {
        return "menu.operator-tools";
    }

    @Override
    public List<Link> shown() {
        if (users.find().filter(user -> user.has(Role.ADMIN)).isEmpty()) {
            return List.of();
        }
        List<Link> links = new ArrayList<>(List.of(new Link("menu.cockpit", OperatorAlerts.COCKPIT),
                new Link("menu.camunda-admin", "camunda/app/admin/default/")));
        if (apiDocs) {
            links.add(new Link("menu.api-docs", "swagger-ui/index.html"));
        }
        return links;
    }
}
