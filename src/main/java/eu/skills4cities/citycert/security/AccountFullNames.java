package eu.skills4cities.citycert.security;

import java.util.List;
import java.util.Optional;

import eu.skills4cities.citycert.base.FullNames;
import org.springframework.stereotype.Component;

/** The shell's way to the full names of accounts ({@link FullNames}), so the start page greets people by name. */
@Component
class AccountFullNames implements FullNames {

    private final UserAccountService accounts;

    AccountFullNames(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> of(String username) {
        return Optional.ofNullable(accounts.fullNames(List.of(username)).get(username));
    }
}
