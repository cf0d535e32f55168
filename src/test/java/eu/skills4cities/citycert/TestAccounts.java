package eu.skills4cities.citycert;

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

    public static final String PASSWORD = "test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountService users;

    public TestAccounts(UserAccountService users) {
        this.users = users;
    }

    public CurrentUser create(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 100000
                + "-" + SEQUENCE.incrementAndGet();
        users.create(new NewAccount(username, "Test " + role.name().toLowerCase() + " " + SEQUENCE.get(),
                username + "@test.citycert.test", PASSWORD, Set.of(role)));
        return CurrentUser.of(username, role);
    }
}
