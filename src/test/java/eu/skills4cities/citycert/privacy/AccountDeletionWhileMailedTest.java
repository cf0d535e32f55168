package eu.skills4cities.citycert.privacy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail queued after a change has committed (an event listener, such as the candidate's mail)
 * can meet the deletion of the account it is addressed to. The listener holds the account's row
 * while it queues ({@link UserAccountService#findToMail}), and the deletion erases the account
 * before its mail, so the deletion waits for the mail and then erases it: no mail keeps the
 * address of a deleted account.
 */
@CityCertSpringTest
class AccountDeletionWhileMailedTest {

    @Autowired
    PersonalDataService personalData;
    @Autowired
    UserAccountService users;
    @Autowired
    MailOutbox mail;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_deletion_while_a_listener_queues_mail_to_the_account_waits_for_it_and_erases_it() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        String email = accounts.email(candidate);
        CountDownLatch accountRead = new CountDownLatch(1);
        CountDownLatch deletionWaiting = new CountDownLatch(1);

        // the listener: reads the account to mail, and queues only once the deletion is under way
        CompletableFuture<Void> listener = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            String address = users.findToMail(candidate.username()).orElseThrow().email();
            accountRead.countDown();
            waitFor(deletionWaiting);
            mail.queueOnce("test-deletion/" + candidate.username(), address, "application-withdrawn",
                    "Name", "A-0", "link", "");
        }));
        assertThat(accountRead.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> deletion = CompletableFuture.runAsync(
                () -> personalData.deleteAccount(candidate, candidate.username()));
        // PostgreSQL shows the deletion waiting for the listener's lock on the account
        await().until(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                + "AND query LIKE '%user_account%'").query(Long.class).single() > 0);
        deletionWaiting.countDown();

        listener.get(10, TimeUnit.SECONDS);
        deletion.get(10, TimeUnit.SECONDS);
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE lower(recipient) = lower(?)").param(email)
                .query(Long.class).single()).as("mail left to the deleted account's address").isZero();
        assertThat(users.find(candidate.username()).orElseThrow().erased()).isTrue();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
