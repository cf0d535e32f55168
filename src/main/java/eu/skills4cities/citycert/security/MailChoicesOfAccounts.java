package eu.skills4cities.citycert.security;

import java.util.Locale;
import java.util.Optional;

import eu.skills4cities.citycert.notification.MailRecipientChoices;
import eu.skills4cities.citycert.notification.MailTopic;
import org.springframework.stereotype.Component;

/**
 * The optional mails the holder of an address declined on their account page, and the language stored on the account
 * (My account, or the switcher); an address of no account declines none and has no language (its mail is English).
 */
@Component
class MailChoicesOfAccounts implements MailRecipientChoices {

    private final UserAccountRepository accounts;

    MailChoicesOfAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean declines(String recipient, MailTopic topic) {
        return recipient != null && accounts.findByEmailIgnoreCase(recipient.strip())
                .map(account -> account.declines(topic)).orElse(false);
    }

    @Override
    public Optional<Locale> language(String recipient) {
        return recipient == null ? Optional.empty() : accounts.findByEmailIgnoreCase(recipient.strip())
                .flatMap(account -> Languages.supported(account.preferredLanguage()));
    }
}
