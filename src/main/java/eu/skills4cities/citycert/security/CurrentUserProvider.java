package eu.skills4cities.citycert.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Reads the signed-in user (browser session or HTTP Basic). It asks the application's own
 * security context strategy (Vaadin's, which also finds the user of a UI request), not the
 * JVM-wide static one, which another application context in the same JVM may have replaced.
 */
@Component
public class CurrentUserProvider {

    private final SecurityContextHolderStrategy contexts;

    CurrentUserProvider(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<CurrentUser> find() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(CurrentUser.from(authentication));
    }

    public CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
