package eu.skills4cities.citycert.certificate.renewal;

import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.privacy.PersonalDataService;
import eu.skills4cities.citycert.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A holder who deletes their account takes the documents they gave with renewals; the renewal's record stays. */
@CityCertSpringTest
class RenewalPrivacyTest {

    @Autowired
    TestRenewals testRenewals;
    @Autowired
    Renewals renewals;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    JdbcClient jdbc;

    @Test
    void deleting_the_account_erases_the_renewals_documents() {
        CertificateInfo certificate = testRenewals.inWindow();
        CurrentUser holder = TestRenewals.holderOf(certificate);
        renewals.submit(holder, certificate.number(), testRenewals.enough(certificate),
                List.of(new Renewals.NewDocument("attendance.pdf", "application/pdf", new byte[] {1, 2, 3})));

        personalData.deleteAccount(holder, holder.username());

        assertThat(jdbc.sql("""
                SELECT count(*) FROM certificate_renewal_document d JOIN certificate_renewal r ON r.id = d.renewal
                 WHERE r.certificate = ?
                """).param(certificate.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_renewal WHERE certificate = ?").param(certificate.id())
                .query(Long.class).single()).as("the renewal's record stays").isOne();
    }
}
