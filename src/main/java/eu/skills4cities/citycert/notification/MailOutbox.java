package eu.skills4cities.citycert.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail to people. Texts come from the message bundle ({@code mail.KEY.subject} and
 * {@code mail.KEY.body}) in the recipient's language; the message joins the caller's transaction, so it is sent only if
 * the change it reports is committed.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    /** How many times the dispatcher tries to deliver a message before it gives up. */
    public static final int MAX_ATTEMPTS = 8;

    private final MailStore store;
    private final MessageSource messages;
    private final Clock clock;
    private final ObjectProvider<MailRecipientChoices> choices;

    MailOutbox(MailStore store, MessageSource messages, Clock clock, ObjectProvider<MailRecipientChoices> choices) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.choices = choices;
    }

    /**
     * Queues the message {@code mail.<key>} to one recipient; arguments fill the subject and body.
     *
     * @return the new message's id, or empty when the recipient declined this optional mail ({@link MailTopic})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> queue(String recipient, String key, Object... args) {
        return insert(null, recipient, Locale.ENGLISH, key, args);
    }

    /**
     * Queues the message like {@link #queue}, in {@code language} unless the address is an account's (whose own
     * language wins): for a person of no account whose language is known (a complainant's, the form's).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> queueIn(String recipient, Locale language, String key, Object... args) {
        return insert(null, recipient, language, key, args);
    }

    /**
     * Queues the message like {@link #queue}, unless a message with the same key was queued
     * before: for a listener that may run twice for one event (a retried publication). The key
     * names the change the mail reports, e.g. {@code application-status/<id>/CERTIFIED/<time>}.
     *
     * @return the new message's id, or empty when the key was queued already or the recipient declined the mail
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> queueOnce(String dedupKey, String recipient, String key, Object... args) {
        return insert(dedupKey, recipient, Locale.ENGLISH, key, args);
    }

    /** Queues the message like {@link #queueOnce}, in {@code language} for an address of no account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> queueOnceIn(String dedupKey, String recipient, Locale language, String key, Object... args) {
        return insert(dedupKey, recipient, language, key, args);
    }

    private Optional<UUID> insert(String dedupKey, String recipient, Locale fallback, String key, Object... args) {
        Optional<MailTopic> topic = MailTopic.of(key);
        if (topic.isPresent() && choices.stream().anyMatch(choice -> choice.declines(recipient, topic.get()))) {
            log.info("Mail ({}) not queued for {}: the recipient declined {}", key, recipient, topic.get());
            return Optional.empty();
        }
        Locale locale = language(recipient, fallback == null ? Locale.ENGLISH : fallback);
        args = inLanguage(args, locale);
        String subject = messages.getMessage("mail." + key + ".subject", args, locale);
        String body = messages.getMessage("mail." + key + ".body", args, locale);
        UUID id = UUID.randomUUID();
        if (!store.insert(id, dedupKey, recipient, subject, body, clock.instant())) {
            log.info("Mail {} to {} was queued before; not queued again", dedupKey, recipient);
            return Optional.empty();
        }
        log.info("Mail {} ({}) queued for {}", id, key, recipient);
        return Optional.of(id);
    }

    /** The arguments, each {@link ByLanguage} written in {@code locale}. */
    private static Object[] inLanguage(Object[] args, Locale locale) {
        if (args == null) {
            return null;
        }
        Object[] written = args.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof ByLanguage text) {
                written[i] = text.in(locale);
            }
        }
        return written;
    }

    /**
     * The recipient's language, as their account says; for an address of no account the caller's (a complainant's,
     * kept on the complaint), else English (the audit checkpoint's mailbox). An argument that is a message key
     * ({@code MessageSourceResolvable}) is written in the same language, and so is a {@link ByLanguage}.
     */
    private Locale language(String recipient, Locale fallback) {
        return choices.stream().map(choice -> choice.language(recipient)).flatMap(Optional::stream).findFirst()
                .orElse(fallback);
    }

    /** Erases the address and content of every message to this address (for the deletion of an account). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(String recipient) {
        store.erase(recipient);
    }

    /** The newest messages to anyone, for administrators (the demo mailbox shows them only to them). */
    @Transactional(readOnly = true)
    public List<MailMessage> recent(int limit) {
        return store.newest(limit);
    }

    /**
     * How many messages are failing: not delivered, their last attempt refused by the SMTP server or
     * unable to reach it. The dispatcher retries each up to {@link #MAX_ATTEMPTS} times. No check of who
     * asks: this module knows no roles; the callers (the administrators' pages) check.
     */
    @Transactional(readOnly = true)
    public long failingCount() {
        return store.countFailing();
    }

    /** A page of the failing messages, the newest first (see {@link #failingCount()}). */
    @Transactional(readOnly = true)
    public List<MailMessage> failing(int offset, int limit) {
        return store.failing(offset, limit);
    }

    /** The newest messages to any of the given addresses (compared without case), for the demo mailbox. */
    @Transactional(readOnly = true)
    public List<MailMessage> recentTo(Collection<String> recipients, int limit) {
        return recipients.isEmpty() ? List.of() : store.newestTo(recipients, limit);
    }

    /**
     * The messages about an application or certificate, oldest first: those whose subject names
     * one of the numbers (every application and certificate mail does), for its case record.
     */
    @Transactional(readOnly = true)
    public List<MailMessage> about(Collection<String> numbers, int limit) {
        return numbers.isEmpty() ? List.of() : store.withSubjectContaining(numbers, limit);
    }
}
