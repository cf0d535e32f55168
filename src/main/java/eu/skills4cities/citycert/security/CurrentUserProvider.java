package eu.skills4cities.citycert.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the signed-in user from Spring Security's context (browser session or HTTP Basic). */
@Component
public class CurrentUserProvider {

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(CurrentUser.from(authentication));
    }

    public CurrentUser require() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }
}
