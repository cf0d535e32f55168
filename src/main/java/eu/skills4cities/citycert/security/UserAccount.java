package eu.skills4cities.citycert.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.notification.MailTopic;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who can sign in. The password is stored only as a bcrypt hash.
 *
 * @param pendingEmail      a new address waiting for its confirmation link to be followed; null when none
 * @param preferredLanguage the language the person reads CityCert in (a BCP 47 tag)
 * @param mailOptOuts       the optional mails the person declined
 */
@Table("user_account")
record UserAccount(@Id UUID id, String username, String passwordHash, String fullName, String email,
                   boolean enabled, Instant createdAt,
                   @MappedCollection(idColumn = "user_account") Set<UserRole> roles,
                   String pendingEmail, String preferredLanguage,
                   @MappedCollection(idColumn = "user_account") Set<MailOptOut> mailOptOuts,
                   @Version Long version) {

    @Table("user_role")
    record UserRole(Role role) {
    }

    @Table("user_mail_opt_out")
    record MailOptOut(MailTopic topic) {
    }

    UserAccount enable() {
        return new UserAccount(id, username, passwordHash, fullName, email, true, createdAt, roles, pendingEmail,
                preferredLanguage, mailOptOuts, version);
    }

    UserAccount withPasswordHash(String newHash) {
        return new UserAccount(id, username, newHash, fullName, email, enabled, createdAt, roles, pendingEmail,
                preferredLanguage, mailOptOuts, version);
    }

    UserAccount withFullName(String newName) {
        return new UserAccount(id, username, passwordHash, newName, email, enabled, createdAt, roles, pendingEmail,
                preferredLanguage, mailOptOuts, version);
    }

    /** The new address waits for its confirmation; the current one stays until then. */
    UserAccount withPendingEmail(String address) {
        return new UserAccount(id, username, passwordHash, fullName, email, enabled, createdAt, roles, address,
                preferredLanguage, mailOptOuts, version);
    }

    /** The pending address becomes the account's address. */
    UserAccount withEmailConfirmed() {
        return new UserAccount(id, username, passwordHash, fullName, pendingEmail, enabled, createdAt, roles, null,
                preferredLanguage, mailOptOuts, version);
    }

    UserAccount withPreferredLanguage(String language) {
        return new UserAccount(id, username, passwordHash, fullName, email, enabled, createdAt, roles, pendingEmail,
                language, mailOptOuts, version);
    }

    UserAccount withMailOptOuts(Set<MailTopic> declined) {
        return new UserAccount(id, username, passwordHash, fullName, email, enabled, createdAt, roles, pendingEmail,
                preferredLanguage, declined.stream().map(MailOptOut::new).collect(java.util.stream.Collectors.toSet()),
                version);
    }

    boolean declines(MailTopic topic) {
        return mailOptOuts != null && mailOptOuts.contains(new MailOptOut(topic));
    }
}
