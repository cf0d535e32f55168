package eu.skills4cities.citycert.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.skills4cities.citycert.base.SearchText;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Creates accounts and answers who a user is. */
@Service
@Validated
public class UserAccountService {

    private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final EngineIdentityMirror engineIdentity;
    private final ApiTokenStore apiTokens;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                       EngineIdentityMirror engineIdentity, ApiTokenStore apiTokens, AccountSessions sessions,
                       ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.engineIdentity = engineIdentity;
        this.apiTokens = apiTokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Creates an account.
     *
     * @throws InvalidInputException listing every problem with the request; nothing is stored
     */
    @Transactional
    public UserProfile create(@jakarta.validation.Valid NewAccount request) {
        return toProfile(createAccount(request, true, Languages.DEFAULT));
    }

    /**
     * Creates an account, enabled or (for self-registration, until the address is verified) not, reading CityCert
     * in the language given until its holder chooses another.
     */
    UserAccount createAccount(NewAccount request, boolean enabled, java.util.Locale language) {
        List<UserMessage> problems = problems(request, true);
        if (!problems.isEmpty()) {
            throw InvalidInputException.untitled(problems);
        }
        UserAccount account = accounts.save(new UserAccount(UUID.randomUUID(), request.username(),
                passwordEncoder.encode(request.password()), request.fullName().trim(), request.email().trim(), enabled,
                clock.instant(),
                request.roles().stream().map(UserAccount.UserRole::new).collect(Collectors.toSet()), null,
                Languages.supported(language).orElse(Languages.DEFAULT).toLanguageTag(), Set.of(), null));
        engineIdentity.mirror(account.username(), account.fullName(), account.email(), request.roles());
        log.info("Account {} created with roles {} ({})", account.username(), request.roles(),
                enabled ? "enabled" : "waiting for email verification");
        return account;
    }

    /**
     * What is wrong with the request in itself, without looking at other accounts: what a
     * stranger may be told (whether a name or an address is taken, they may not).
     */
    List<UserMessage> formProblems(NewAccount request) {
        return problems(request, false);
    }

    private List<UserMessage> problems(NewAccount request, boolean whetherTaken) {
        List<UserMessage> problems = new ArrayList<>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            problems.add(UserMessage.of("problem.account.username"));
        } else if (whetherTaken && accounts.existsByUsername(request.username())) {
            problems.add(UserMessage.of("problem.account.username-taken", request.username()));
        }
        if (request.fullName() == null || request.fullName().isBlank()) {
            problems.add(UserMessage.of("problem.account.full-name"));
        }
        if (request.email() == null || !EMAIL.matcher(request.email()).matches()) {
            problems.add(UserMessage.of("problem.account.email"));
        } else if (whetherTaken && accounts.existsByEmailIgnoreCase(request.email())) {
            problems.add(UserMessage.of("problem.account.email-taken"));
        }
        problems.addAll(PasswordPolicy.problems(request.password(), request.username(), request.email()));
        if (request.roles() == null || request.roles().isEmpty()) {
            problems.add(UserMessage.of("problem.account.roles"));
        }
        return problems;
    }

    /**
     * Closes an account for good at its holder's request: it can no longer sign in, and its
     * email address and password are erased. The username stays, because the records that
     * must be kept refer to it; the name stays only when the register needs it. Its API
     * tokens are revoked and its browser sessions end at once.
     */
    @Transactional
    public void erase(String username, boolean keepName) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        accounts.save(new UserAccount(account.id(), account.username(),
                passwordEncoder.encode(java.util.HexFormat.of().formatHex(random)),
                keepName ? account.fullName() : "Erased account", "erased-" + account.id() + UserProfile.ERASED_DOMAIN, false,
                account.createdAt(), account.roles(), null, account.preferredLanguage(), Set.of(), account.version()));
        engineIdentity.remove(username);
        apiTokens.revokeAll(account.id(), clock.instant());
        sessions.endAll(username);
        log.info("Account {} erased at its holder's request", username);
    }

    /**
     * Changes the signed-in holder's password; every other session of the account ends.
     *
     * @param keptSessionId the session the change was made in, which stays signed in (null for none)
     * @throws InvalidInputException when the current password is wrong or the new one breaks the rules
     */
    @Transactional
    public void changePassword(CurrentUser user, String currentPassword, String newPassword, String keptSessionId) {
        UserAccount account = accounts.findByUsername(user.username()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.untitled(List.of(UserMessage.of("problem.password.current")));
        }
        List<UserMessage> problems = PasswordPolicy.problems(newPassword, account.username(), account.email());
        if (!problems.isEmpty()) {
            throw InvalidInputException.untitled(problems);
        }
        accounts.save(account.withPasswordHash(passwordEncoder.encode(newPassword)));
        sessions.endExcept(account.username(), keptSessionId);
        events.publishEvent(new AccountChanged(account.username(), AccountChanged.Change.PASSWORD, clock.instant()));
        log.info("Account {} changed its password", account.username());
    }

    /**
     * The account, for mail about to be queued in the caller's transaction after the change it
     * reports has committed (an event listener). The account's row stays share-locked until that
     * transaction ends, so an {@link #erase} at the same time either comes first (the caller sees
     * the account erased) or waits until the mail is queued, and then the outbox's erasure finds it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UserProfile> findToMail(String username) {
        return accounts.findLockedByUsername(username).map(UserAccountService::toProfile);
    }

    /** The account's profile, read in one statement (a caller that needs it twice passes it on rather than asks again). */
    @Transactional(readOnly = true)
    public Optional<UserProfile> find(String username) {
        return accounts.findProfile(username).map(UserAccountService::toProfile);
    }

    /**
     * The language the person chose to read CityCert in ({@code user_account.preferred_language}), one of
     * {@link Languages#SUPPORTED}; English for an unknown account or a language CityCert no longer offers.
     */
    @Transactional(readOnly = true)
    public java.util.Locale preferredLanguage(String username) {
        return accounts.findProfile(username).map(row -> language(row.preferredLanguage())).orElse(Languages.DEFAULT);
    }

    private static java.util.Locale language(String tag) {
        return Languages.supported(tag).orElse(Languages.DEFAULT);
    }

    /** The enabled accounts holding the role, by username. */
    @Transactional(readOnly = true)
    public List<UserProfile> withRole(Role role) {
        return accounts.findEnabledWithRole(role.name()).stream().map(UserAccountService::toProfile).toList();
    }

    /**
     * The usernames of at most {@code limit} accounts whose full name contains {@code part}, ignoring case and accents,
     * for searches by a person's name in other features' lists.
     */
    @Transactional(readOnly = true)
    public List<String> usernamesNamedLike(String part, int limit) {
        if (SearchText.findsNothing(part)) {
            return List.of();
        }
        return accounts.findUsernamesWithNameLike("%" + SearchText.likeLiteral(part.strip()) + "%", limit);
    }

    /** The full names of many accounts in one query, by username; unknown usernames are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return accounts.findNames(usernames).stream()
                .collect(Collectors.toMap(AccountName::username, AccountName::fullName));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    static UserProfile toProfile(UserAccount account) {
        return profile(account.username(), account.fullName(), account.email(),
                account.roles().stream().map(UserAccount.UserRole::role), account.preferredLanguage());
    }

    private static UserProfile toProfile(UserAccountRepository.ProfileRow row) {
        return profile(row.username(), row.fullName(), row.email(),
                row.roles() == null ? Stream.empty() : Arrays.stream(row.roles().split(",")).map(Role::valueOf),
                row.preferredLanguage());
    }

    /** The one place a profile is made, whether from the aggregate or from the one-statement read, so the two agree. */
    private static UserProfile profile(String username, String fullName, String email, Stream<Role> roles,
            String languageTag) {
        return new UserProfile(username, fullName, email, roles.collect(Collectors.toUnmodifiableSet()),
                language(languageTag));
    }
}
