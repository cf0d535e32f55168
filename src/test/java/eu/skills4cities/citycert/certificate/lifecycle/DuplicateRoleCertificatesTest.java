package eu.skills4cities.citycert.certificate.lifecycle;

import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.StatusListStore;
import eu.skills4cities.citycert.certificate.verification.CertificateVerification;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data from before "one certification per person and role": a holder with two current
 * certificates for one role keeps the newest, and the older is superseded by it everywhere at once.
 */
@CityCertSpringTest
class DuplicateRoleCertificatesTest {

    @Autowired
    DuplicateRoleCertificates duplicates;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateVerification verification;
    @Autowired
    StatusListStore statusLists;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_older_duplicate_is_superseded_by_the_newest_in_the_register_the_status_list_and_its_process() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo older = issue(holder);
        CertificateInfo newer = issue(accounts.create(Role.CANDIDATE));
        // as a second application for the role would have left it before the rule: the same holder, issued later
        jdbc.sql("UPDATE certificate SET holder_username = :holder, issued_on = issued_on - 10 WHERE id = :id")
                .param("holder", holder.username()).param("id", older.id()).update();
        jdbc.sql("UPDATE certificate SET holder_username = :holder WHERE id = :id")
                .param("holder", holder.username()).param("id", newer.id()).update();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(older.number()).count()).isOne();

        assertThat(duplicates.supersedeDuplicates()).isEqualTo(1);

        var shown = verification.verifyNumber(older.number()).certificate();
        assertThat(shown.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(shown.supersededBy()).isEqualTo(newer.number());
        assertThat(verification.verifyNumber(newer.number()).certificate().status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(revoked(older.id())).as("the older credential's revocation bit").isTrue();
        assertThat(revoked(newer.id())).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(older.number()).count())
                .as("its lifecycle has ended").isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(newer.number()).count()).isOne();

        assertThat(duplicates.supersedeDuplicates()).as("clean data: nothing more").isZero();
    }

    private CertificateInfo issue(CurrentUser candidate) {
        return certificates.issue(applications.submit(candidate, TestDocuments.application("SCPD")).id()).get(0);
    }

    private boolean revoked(UUID certificateId) {
        StatusListStore.Entry entry = statusLists.entries(certificateId).stream()
                .filter(e -> e.purpose().equals("revocation")).findFirst().orElseThrow();
        byte[] bits = statusLists.list("revocation", entry.listNumber()).orElseThrow().bits();
        return (bits[entry.index() / 8] & (0x80 >>> (entry.index() % 8))) != 0;
    }
}
