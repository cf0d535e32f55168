package eu.skills4cities.citycert.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.notification.MailTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the holder of an account changes on it themselves: their name, their address (re-verified: a link goes to
 * the new address, the old one is told and keeps working until the link is followed), their password, which
 * optional mails they want, and their language. Each change is published as {@link AccountChanged} for the audit
 * log; a refused change stores nothing.
 */
@Service
public class AccountSettings {

    private static final Logger log = LoggerFactory.getLogger(AccountSettings.class);
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;

    private final UserAccountRepository accounts;
    private final UserAccountService users;
    private final PasswordEncoder passwordEncoder;
    private final EngineIdentityMirror engineIdentity;
    private final AccountTokens tokens;
    private final MailOutbox mail;
    private final AccountLinksProperties links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountSettings(UserAccountRepository accounts, UserAccountService users, PasswordEncoder passwordEncoder,
                    EngineIdentityMirror engineIdentity, AccountTokens tokens, MailOutbox mail,
                    AccountLinksProperties links, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.engineIdentity = engineIdentity;
        this.tokens = tokens;
        this.mail = mail;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The account's settings as its holder sees them.
     *
     * @param pendingEmail the new address waiting for its confirmation; null when none
     * @param language     the preferred language's BCP 47 tag
     * @param declined     the optional mails the holder does not want
     */
    public record Settings(String username, String fullName, String email, String pendingEmail, String language,
                           Set<MailTopic> declined) {
    }

    @Transactional(readOnly = true)
    public Settings of(CurrentUser user) {
        UserAccount account = own(user);
        Set<MailTopic> declined = EnumSet.noneOf(MailTopic.class);
        for (MailTopic topic : MailTopic.values()) {
            if (account.declines(topic)) {
                declined.add(topic);
            }
        }
        return new Settings(account.username(), account.fullName(), account.email(), account.pendingEmail(),
                account.preferredLanguage(), declined);
    }

    /**
     * Renames the account. Certificates issued before keep the name they were issued with.
     *
     * @throws InvalidInputException when the name is empty or longer than {@value #MAX_NAME} characters
     */
    @Transactional
    public void changeName(CurrentUser user, String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty()) {
            throw InvalidInputException.untitled(List.of(UserMessage.of("problem.account.full-name")));
        }
        if (name.length() > MAX_NAME) {
            throw InvalidInputException.untitled(List.of(UserMessage.of("problem.account.full-name-long", MAX_NAME)));
        }
        UserAccount account = own(user);
        if (name.equals(account.fullName())) {
            return;
        }
        accounts.save(account.withFullName(name));
        engineIdentity.mirror(account.username(), name, account.email(), roles(account));
        changed(account, AccountChanged.Change.FULL_NAME);
    }

    /**
     * Asks for a new address: a confirmation link goes to it, and the current address is told of the change and
     * keeps receiving mail until the link is followed. As at registration, nobody learns here whether another
     * account has the address: its holder is told by mail instead, and no link is sent.
     *
     * @throws InvalidInputException when the address is malformed or the current one, or the password is wrong
     */
    @Transactional
    public void requestEmailChange(CurrentUser user, String newEmail, String currentPassword) {
        UserAccount account = own(user);
        String address = newEmail == null ? "" : newEmail.strip();
        List<UserMessage> problems = new ArrayList<>();
        if (address.length() > MAX_EMAIL || !UserAccountService.EMAIL.matcher(address).matches()) {
            problems.add(UserMessage.of("problem.account.email"));
        } else if (address.equalsIgnoreCase(account.email())) {
            problems.add(UserMessage.of("problem.account.email-same"));
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            problems.add(UserMessage.of("problem.password.current"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.untitled(problems);
        }
        accounts.save(account.withPendingEmail(address));
        var owner = accounts.findByEmailIgnoreCase(address);
        if (owner.isPresent()) {
            mail.queue(address, "email-change-address-taken", owner.get().fullName(), links.publicUrl() + "/login");
            log.info("Account {} asked for an address another account has; that account's holder is told by mail",
                    account.username());
        } else {
            String token = tokens.issue(account.id(), AccountTokens.Purpose.CHANGE_EMAIL,
                    links.emailVerificationValidity(), clock.instant());
            mail.queue(address, "email-change-verify", account.fullName(),
                    links.publicUrl() + "/verify-email?token=" + token,
                    String.valueOf(links.emailVerificationValidity().toHours()));
        }
        mail.queue(account.email(), "email-change-requested", account.fullName(), address,
                links.publicUrl() + "/account");
        changed(account, AccountChanged.Change.EMAIL_CHANGE_REQUESTED);
    }

    /** Drops the address waiting for its confirmation: its link stops working. */
    @Transactional
    public void cancelEmailChange(CurrentUser user) {
        UserAccount account = own(user);
        if (account.pendingEmail() == null) {
            return;
        }
        accounts.save(account.withPendingEmail(null));
        // the link to the dropped address must not confirm it later
        tokens.revoke(account.id(), AccountTokens.Purpose.CHANGE_EMAIL, clock.instant());
        log.info("Account {} cancelled its change of address", account.username());
    }

    /**
     * Follows the link sent to a new address: it becomes the account's address, and the old one is told.
     *
     * @return the account's username
     * @throws RefusedException when the link is unknown, used or expired, or the address was taken meanwhile
     */
    @Transactional
    public String confirmEmailChange(String token) {
        UUID id = tokens.redeem(token, AccountTokens.Purpose.CHANGE_EMAIL, clock.instant())
                .orElseThrow(() -> RefusedException.gone("account.link-invalid"));
        UserAccount account = accounts.findById(id).filter(a -> a.pendingEmail() != null && a.enabled())
                .orElseThrow(() -> RefusedException.gone("account.link-invalid"));
        if (accounts.findByEmailIgnoreCase(account.pendingEmail()).filter(other -> !other.id().equals(id))
                .isPresent()) {
            throw RefusedException.conflict("account.email.taken-meanwhile");
        }
        String old = account.email();
        UserAccount confirmed = accounts.save(account.withEmailConfirmed());
        engineIdentity.mirror(confirmed.username(), confirmed.fullName(), confirmed.email(), roles(confirmed));
        mail.queue(old, "email-changed", confirmed.fullName(), confirmed.email());
        changed(confirmed, AccountChanged.Change.EMAIL_CONFIRMED);
        return confirmed.username();
    }

    /**
     * Changes the password: the current one is required, the new one follows the password rules as at
     * registration, and every other session of the account ends (the one given stays signed in).
     *
     * @throws InvalidInputException when the current password is wrong or the new one breaks the rules
     */
    @Transactional
    public void changePassword(CurrentUser user, String currentPassword, String newPassword, String keptSessionId) {
        users.changePassword(user, currentPassword, newPassword, keptSessionId);
    }

    /** Which optional mails the holder does not want; the mandatory ones are sent whatever this says. */
    @Transactional
    public void chooseMail(CurrentUser user, Set<MailTopic> declined) {
        UserAccount account = own(user);
        accounts.save(account.withMailOptOuts(declined == null ? Set.of() : declined));
        changed(account, AccountChanged.Change.MAIL_PREFERENCES);
    }

    /**
     * The language to read CityCert in, one of {@link Languages#SUPPORTED}.
     *
     * @throws InvalidInputException when CityCert does not offer the language
     */
    @Transactional
    public void chooseLanguage(CurrentUser user, String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            throw InvalidInputException.untitled(List.of(UserMessage.of("problem.account.language")));
        }
        Locale language = Languages.supported(languageTag).orElseThrow(() -> InvalidInputException.untitled(
                List.of(UserMessage.of("problem.language.unsupported", shortened(languageTag.strip()),
                        String.join(", ", Languages.SUPPORTED.stream().map(Languages::nameOf).toList())))));
        UserAccount account = own(user);
        if (language.toLanguageTag().equals(account.preferredLanguage())) {
            return;
        }
        accounts.save(account.withPreferredLanguage(language.toLanguageTag()));
        changed(account, AccountChanged.Change.LANGUAGE);
    }

    /** What was asked for, repeated in the answer, and never more than a tag's length. */
    private static String shortened(String tag) {
        return tag.length() <= 35 ? tag : tag.substring(0, 35) + "…";
    }

    private UserAccount own(CurrentUser user) {
        return accounts.findByUsername(user.username()).filter(UserAccount::enabled)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No such account"));
    }

    private static Set<Role> roles(UserAccount account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        account.roles().forEach(role -> roles.add(role.role()));
        return roles;
    }

    private void changed(UserAccount account, AccountChanged.Change change) {
        events.publishEvent(new AccountChanged(account.username(), change, clock.instant()));
        log.info("Account {} changed: {}", account.username(), change);
    }
}
