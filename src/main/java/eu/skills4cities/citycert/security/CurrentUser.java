package eu.skills4cities.citycert.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.Authentication;

/**
 * The person acting, as services see them: every service method that reads or changes
 * personal data takes one and checks it, so the rules hold for the UI and the API alike.
 */
public record CurrentUser(String username, Set<Role> roles) {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static CurrentUser of(String username, Role... roles) {
        return new CurrentUser(username, roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles)));
    }

    public static CurrentUser from(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getAuthorities().forEach(a -> Role.fromAuthority(a.getAuthority()).ifPresent(roles::add));
        return new CurrentUser(authentication.getName(), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the user holds at least one of these roles (one of {@link Role}'s named sets). */
    public boolean hasAnyOf(Set<Role> anyOf) {
        return roles.stream().anyMatch(anyOf::contains);
    }

    /** The engine groups of this user's roles, for task queries and candidate group checks. */
    public List<String> engineGroups() {
        return roles.stream().map(Role::engineGroupId).sorted().toList();
    }
}
