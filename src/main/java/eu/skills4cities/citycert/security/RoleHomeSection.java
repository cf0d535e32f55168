package eu.skills4cities.citycert.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import eu.skills4cities.citycert.base.HomeSection;

/**
 * A start-page section that declares whom it is shown to (the roles, or a rule of its module) instead of
 * writing {@link HomeSection#shown()} itself: the signed-in person, asked through {@link CurrentUserProvider},
 * which the shell cannot depend on. A module's section extends it and builds only its content; a section that
 * is also a menu badge counts through {@link #countFor} for the same people.
 */
public abstract class RoleHomeSection implements HomeSection {

    private final CurrentUserProvider users;
    private final Predicate<CurrentUser> shownTo;

    /** Shown to whoever holds any of the roles. */
    protected RoleHomeSection(CurrentUserProvider users, Role role, Role... more) {
        this(users, EnumSet.of(role, more));
    }

    /** Shown to whoever holds any of the roles. */
    protected RoleHomeSection(CurrentUserProvider users, Set<Role> roles) {
        this(users, (Predicate<CurrentUser>) user -> user.hasAnyOf(roles));
    }

    /** Shown to the people the module's own rule names (a quality manager by configuration, say). */
    protected RoleHomeSection(CurrentUserProvider users, Predicate<CurrentUser> shownTo) {
        this.users = users;
        this.shownTo = shownTo;
    }

    @Override
    public final boolean shown() {
        return users.find().filter(shownTo).isPresent();
    }

    /** The signed-in person, for the content (which is built only when the section is shown). */
    protected final CurrentUser user() {
        return users.require();
    }

    /** A count for the signed-in person when the section is theirs, else 0 (nobody signed in, or not theirs). */
    protected final long countFor(ToLongFunction<CurrentUser> count) {
        return users.find().filter(shownTo).map(count::applyAsLong).orElse(0L);
    }
}
