package eu.skills4cities.citycert;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewAccount;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.springframework.stereotype.Component;

/** Creates fresh accounts for a test, so tests sharing a database never see each other's data. */
@Component
public class TestAccounts {

    /** passes the password policy (zxcvbn scores "test-password" 2 of 4, too easy to guess) */
    public static final String PASSWORD = "test-passphrase-of-ours";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountService users;

    public TestAccounts(UserAccountService users) {
        this.users = users;
    }

    /** A fresh account with the role, and any more roles (a reviewer who is also a certification officer). */
    public CurrentUser create(Role role, Role... more) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 100000
                + "-" + SEQUENCE.incrementAndGet();
        Set<Role> roles = EnumSet.of(role, more);
        users.create(new NewAccount(username, "Test " + role.name().toLowerCase() + " " + SEQUENCE.get(),
                username + "@test.citycert.test", PASSWORD, roles));
        return new CurrentUser(username, roles);
    }

    /** The account's email address. */
    public String email(CurrentUser user) {
        return users.find(user.username()).orElseThrow().email();
    }
}
