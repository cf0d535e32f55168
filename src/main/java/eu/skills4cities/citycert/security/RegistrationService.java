package eu.skills4cities.citycert.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.PlainTextValidator;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service accounts: registering as a candidate with a verified email address, and
 * resetting a forgotten password. Links in mail are single-use and expire. Answers never
 * tell whether an address has an account.
 */
@Service
@org.springframework.validation.annotation.Validated
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private final UserAccountService users;
    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final MailOutbox mail;
    private final PasswordEncoder passwordEncoder;
    private final AccountLinksProperties links;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(UserAccountService users, UserAccountRepository accounts, AccountTokens tokens, MailOutbox mail,
                        PasswordEncoder passwordEncoder, AccountLinksProperties links, AccountSessions sessions,
                        ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.passwordEncoder = passwordEncoder;
        this.links = links;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a candidate account that can sign in once the address is verified, and mails
     * the verification link. Whether the username or the address is taken is never answered
     * here, where anybody could probe for accounts: only the mailbox learns it. An address
     * with an account gets a mail saying someone tried to register with it (nothing is
     * created), or a new verification link while the account waits for one; a taken username
     * with a new address gets a mail saying the username is not available. The answer, and the work done (a bcrypt hash), are the same in every case.
     *
     * @throws InvalidInputException listing every problem of the form itself; nothing is stored and no mail is sent
     */
    @Transactional
    public void register(@jakarta.validation.Valid Registration registration) {
        NewAccount request = new NewAccount(registration.username(), registration.fullName(), registration.email(),
                registration.password(), Set.of(Role.CANDIDATE));
        List<UserMessage> problems = users.formProblems(request);
        if (!problems.isEmpty()) {
            throw InvalidInputException.untitled(problems);
        }
        String email = request.email().strip();
        var owner = accounts.findByEmailIgnoreCase(email);
        if (owner.isPresent() && !owner.get().enabled()) {
            // registered before and not confirmed yet: a fresh link, as a resend would
            passwordEncoder.encode(request.password());
            sendVerification(owner.get());
            return;
        }
        if (owner.isPresent()) {
            passwordEncoder.encode(request.password());
            mail.queue(owner.get().email(), "registration-address-taken", owner.get().fullName(),
                    links.publicUrl() + "/login", links.publicUrl() + "/forgot-password");
            log.info("Registration with the address of account {} refused; its holder is told by mail",
                    owner.get().username());
            return;
        }
        if (accounts.existsByUsername(request.username())) {
            passwordEncoder.encode(request.password());
            mail.queue(email, "registration-username-taken", request.fullName().strip(), request.username(),
                    links.publicUrl() + "/register");
            log.info("Registration with the taken username {} refused; the registrant is told by mail",
                    request.username());
            return;
        }
        // the language the registrant reads the form in (the switcher's or the browser's), for their mail and pages
        UserAccount account = users.createAccount(request, false,
                Languages.bestMatch(List.of(LocaleContextHolder.getLocale())));
        sendVerification(account);
        events.publishEvent(new AccountRegistered(account.username(), account.email()));
    }

    /**
     * Verifies the address with the link's token and opens the account.
     *
     * @throws RefusedException when the link is unknown, used or expired
     */
    @Transactional
    public String verifyEmail(String token) {
        UUID id = tokens.redeem(token, AccountTokens.Purpose.VERIFY_EMAIL, clock.instant())
                .orElseThrow(() -> RefusedException.gone("account.link-invalid"));
        UserAccount account = accounts.findById(id).orElseThrow(() -> RefusedException.gone("account.link-invalid"));
        accounts.save(account.enable());
        log.info("Account {} verified its email address", account.username());
        return account.username();
    }

    /**
     * The account with this address; none for an address with a control character, which no account has
     * (registration refuses them) and a NUL of which PostgreSQL would refuse in the query.
     */
    private Optional<UserAccount> accountWithEmail(String email) {
        if (email == null || !PlainTextValidator.isPlain(email, false)) {
            return Optional.empty();
        }
        return accounts.findByEmailIgnoreCase(email.strip());
    }

    /** Mails a new verification link if the address belongs to an account still waiting for one. */
    @Transactional
    public void resendVerification(String email) {
        accountWithEmail(email)
                .filter(account -> !account.enabled())
                .ifPresent(this::sendVerification);
    }

    /** Mails a password reset link if the address belongs to an open account. */
    @Transactional
    public void requestPasswordReset(String email) {
        accountWithEmail(email)
                .filter(UserAccount::enabled)
                .ifPresent(account -> {
                    String token = tokens.issue(account.id(), AccountTokens.Purpose.RESET_PASSWORD,
                            links.passwordResetValidity(), clock.instant());
                    mail.queue(account.email(), "reset-password", account.fullName(),
                            links.publicUrl() + "/reset-password?token=" + token,
                            String.valueOf(links.passwordResetValidity().toMinutes()));
                    log.info("Password reset requested for {}", account.username());
                });
    }

    /**
     * Sets a new password with the link's token.
     *
     * @throws RefusedException   when the link is unknown, used or expired
     * @throws InvalidInputException when the new password breaks the password rules
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        UUID id = tokens.redeem(token, AccountTokens.Purpose.RESET_PASSWORD, clock.instant())
                .orElseThrow(() -> RefusedException.gone("account.link-invalid"));
        UserAccount account = accounts.findById(id).orElseThrow(() -> RefusedException.gone("account.link-invalid"));
        List<UserMessage> problems = PasswordPolicy.problems(newPassword, account.username(), account.email());
        if (!problems.isEmpty()) {
            // the token stays unused: the transaction rolls back
            throw InvalidInputException.untitled(problems);
        }
        accounts.save(account.withPasswordHash(passwordEncoder.encode(newPassword)));
        // whoever may have known the old password is signed out everywhere
        sessions.endAll(account.username());
        log.info("Account {} set a new password", account.username());
    }

    private void sendVerification(UserAccount account) {
        String token = tokens.issue(account.id(), AccountTokens.Purpose.VERIFY_EMAIL,
                links.emailVerificationValidity(), clock.instant());
        mail.queue(account.email(), "verify-email", account.fullName(),
                links.publicUrl() + "/verify-email?token=" + token,
                String.valueOf(links.emailVerificationValidity().toHours()));
    }
}
