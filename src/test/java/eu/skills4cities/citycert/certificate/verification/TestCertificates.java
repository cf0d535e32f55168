package eu.skills4cities.citycert.certificate.verification;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateNumbers;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issued certificates for verification tests, and what happens to them later: suspension and
 * withdrawal through the register's own service, as an officer decides them; expiry and
 * supersession written into the register's columns (time passing, a later role certificate).
 */
@Component
public class TestCertificates {

    private final TestAccounts accounts;
    private final ApplicationService applications;
    private final CertificateService certificates;
    private final SigningKeys keys;
    private final JdbcClient jdbc;
    private final CertificateRegister register;

    TestCertificates(TestAccounts accounts, ApplicationService applications, CertificateService certificates,
                     SigningKeys keys, JdbcClient jdbc, CertificateRegister register) {
        this.register = register;
        this.accounts = accounts;
        this.applications = applications;
        this.certificates = certificates;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** A role certificate (Smart City Project Developer) issued to a fresh candidate. */
    public CertificateInfo issue() {
        return certificates.issue(applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application("SCPD")).id()).get(0);
    }

    /** The signed PDF/A issued for the certificate, as its holder downloads it. */
    public byte[] issuedPdf(CertificateInfo certificate) {
        return certificates.pdf(new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE)),
                certificate.number());
    }

    /** A PDF naming the certificate, signed here with the certification body's key: valid, but never issued. */
    public byte[] signedButNotIssued(CertificateInfo certificate) {
        return TestSignedPdfs.sign(TestSignedPdfs.unsigned(certificate.number()), keys.privateKey(), keys.certificate());
    }

    /** A PDF that does not name its certificate, signed with the certification body's key. */
    public byte[] signedWithoutNumber() {
        return TestSignedPdfs.sign(TestSignedPdfs.unsigned(null), keys.privateKey(), keys.certificate());
    }

    /** Records the PDF as the one issued for the certificate (its SHA-256), as if issuing had produced it. */
    public void register(CertificateInfo certificate, byte[] pdf) {
        jdbc.sql("UPDATE certificate SET pdf_sha256 = ? WHERE id = ?").params(TestSignedPdfs.sha256(pdf), certificate.id())
                .update();
    }

    /** An officer's decision in the register: SUSPENDED or WITHDRAWN, as the register records it. */
    public void record(CertificateInfo certificate, String status) {
        if (status.equals("ACTIVE")) {
            return;
        }
        StatusDecision decision = switch (status) {
            case "SUSPENDED" -> StatusDecision.SUSPEND;
            case "WITHDRAWN" -> StatusDecision.WITHDRAW;
            default -> throw new IllegalArgumentException("no decision records " + status);
        };
        register.decide(accounts.create(Role.CERTIFICATION_OFFICER), certificate.number(), decision,
                "Decided for a verification test.", true);
    }

    public void expire(CertificateInfo certificate) {
        jdbc.sql("UPDATE certificate SET valid_until = ? WHERE id = ?")
                .params(Date.valueOf(LocalDate.now().minusDays(2)), certificate.id()).update();
    }

    public void supersede(CertificateInfo certificate, CertificateInfo by) {
        jdbc.sql("UPDATE certificate SET superseded_by = ? WHERE id = ?").params(by.id(), certificate.id()).update();
    }

    /** A well-formed number of a year no certificate is issued in. */
    public static String unknownNumber() {
        String body = "CC-2099-7KQ4-9XH";
        for (char check : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
            if (CertificateNumbers.isWellFormed(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("no check character fits " + body);
    }

    /** The number with its check character changed: the shape is right, a character is wrong. */
    public static String mistyped(String number) {
        char last = number.charAt(number.length() - 1);
        return number.substring(0, number.length() - 1) + (last == '7' ? '8' : '7');
    }
}
