package eu.skills4cities.citycert.security;

import eu.skills4cities.citycert.notification.MailRecipientChoices;
import eu.skills4cities.citycert.notification.MailTopic;
import org.springframework.stereotype.Component;

/** The optional mails the holder of an address declined on their account page; an address of no account declines none. */
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
}
