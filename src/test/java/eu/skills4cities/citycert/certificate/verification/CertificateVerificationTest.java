package eu.skills4cities.citycert.certificate.verification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.verification.NumberVerification.Outcome;
import eu.skills4cities.citycert.certificate.verification.PdfVerification.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CityCertSpringTest
class CertificateVerificationTest {

    @Autowired
    CertificateVerification verification;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestCertificates register;
    @Autowired
    eu.skills4cities.citycert.certificate.register.CertificateRegister officeRegister;
    @Autowired
    eu.skills4cities.citycert.TestAccounts accounts;

    @Test
    void a_number_is_read_as_people_type_it() {
        assertThat(CertificateVerification.normalise("  cc-2026-7kq4 -9xhm ")).isEqualTo("CC-2026-7KQ4-9XHM");
        assertThat(CertificateVerification.normalise("CC 2026 7KQ4 9XHM")).isEqualTo("CC-2026-7KQ4-9XHM");
        assertThat(CertificateVerification.normalise("cc-2026-7kqo-9xhi")).isEqualTo("CC-2026-7KQ0-9XH1");
        // an O or I in the year of a number typed without dashes (issue 14)
        assertThat(CertificateVerification.normalise("CC2O267KQ49XHM")).isEqualTo("CC-2026-7KQ4-9XHM");
        assertThat(CertificateVerification.normalise("cc2o2i7kqo9xhi")).isEqualTo("CC-2021-7KQ0-9XH1");
        assertThat(CertificateVerification.normalise("CC-2O26-7KQ4-9XHM")).isEqualTo("CC-2026-7KQ4-9XHM");
        // what is not a number stays as typed, for the malformed answer to quote
        assertThat(CertificateVerification.normalise("hello")).isEqualTo("HELLO");
        assertThat(CertificateVerification.normalise("CC")).isEqualTo("CC");
    }

    @Test
    void a_found_number_shows_the_public_details_and_nothing_else() {
        CertificateInfo issued = issue();

        NumberVerification answer = verification.verifyNumber(" " + issued.number().toLowerCase() + " ");

        assertThat(answer.outcome()).isEqualTo(Outcome.FOUND);
        PublicCertificate certificate = answer.certificate();
        assertThat(certificate.number()).isEqualTo(issued.number());
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.holderName()).isEqualTo(issued.holderName());
        assertThat(certificate.role()).isEqualTo("Smart City Project Developer");
        assertThat(certificate.eqfLevel()).isEqualTo(issued.eqfLevel());
        assertThat(certificate.kind()).isEqualTo(CertificateKind.ROLE);
        assertThat(certificate.units()).isEqualTo(certificates.units(issued.id())).isNotEmpty();
        assertThat(certificate.issuedOn()).isEqualTo(issued.issuedOn());
        assertThat(certificate.validUntil()).isEqualTo(issued.validUntil());
        assertThat(certificate.issuer()).isEqualTo("CityCert Certification Body");
        assertThat(certificate.supersededBy()).isNull();
    }

    @Test
    void input_that_is_no_number_a_mistyped_number_and_an_unknown_number_get_their_own_answers() {
        NumberVerification malformed = verification.verifyNumber("hello");
        String valid = TestCertificates.unknownNumber();
        NumberVerification typo = verification.verifyNumber(TestCertificates.mistyped(valid));
        NumberVerification unknown = verification.verifyNumber(valid);

        assertThat(malformed.outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(TestMessages.english(malformed.message())).isEqualTo(
                "\"HELLO\" is not a certificate number. A certificate number looks like CC-2026-7KQ4-9XHM.");
        assertThat(typo.outcome()).isEqualTo(Outcome.MISTYPED);
        assertThat(TestMessages.english(typo.message())).contains("a character is mistyped");
        assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(TestMessages.english(unknown.message())).startsWith("The register holds no certificate with the number " + valid);
        assertThat(verification.verifyNumber(null).outcome()).isEqualTo(Outcome.MALFORMED);
    }

    @Test
    void suspension_withdrawal_expiry_and_supersession_show_at_once() {
        CertificateInfo suspended = issue();
        CertificateInfo withdrawn = issue();
        CertificateInfo expired = issue();
        CertificateInfo superseded = issue();
        CertificateInfo later = issue();
        register.record(suspended, "SUSPENDED");
        register.record(withdrawn, "WITHDRAWN");
        register.expire(expired);
        register.supersede(superseded, later);

        assertThat(verification.verifyNumber(suspended.number()).certificate().status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(verification.verifyNumber(withdrawn.number()).certificate().status()).isEqualTo(CertificateStatus.WITHDRAWN);
        assertThat(verification.verifyNumber(expired.number()).certificate().status()).isEqualTo(CertificateStatus.EXPIRED);
        PublicCertificate replaced = verification.verifyNumber(superseded.number()).certificate();
        assertThat(replaced.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(replaced.supersededBy()).isEqualTo(later.number());
    }

    @Test
    void an_issued_certificate_pdf_matches_the_register() {
        CertificateInfo issued = issue();
        byte[] pdf = register.issuedPdf(issued);

        PdfVerification answer = verification.verifyPdf(pdf);

        assertThat(answer.verdict()).isEqualTo(Verdict.MATCHES_REGISTER);
        assertThat(answer.signatureValid()).isTrue();
        assertThat(answer.certificate().number()).isEqualTo(issued.number());
        assertThat(answer.certificate().status()).isEqualTo(CertificateStatus.ACTIVE);
    }

    @Test
    void a_genuine_pdf_of_a_certificate_that_is_not_active_says_so_in_the_verdict_itself() {
        CertificateInfo issued = issue();
        byte[] pdf = register.issuedPdf(issued);
        var officer = accounts.create(eu.skills4cities.citycert.security.Role.CERTIFICATION_OFFICER);

        officeRegister.decide(officer, issued.number(),
                eu.skills4cities.citycert.certificate.register.StatusDecision.SUSPEND, "Complaint under review.", true);
        PdfVerification suspended = verification.verifyPdf(pdf);
        assertThat(suspended.verdict()).isEqualTo(Verdict.MATCHES_REGISTER_NOT_CURRENT);
        assertThat(suspended.matchesRegister()).isTrue();
        assertThat(suspended.signatureValid()).isTrue();
        assertThat(TestMessages.english(suspended.message())).contains(issued.number(), "SUSPENDED")
                .doesNotContain("Its status today is shown below");

        officeRegister.decide(officer, issued.number(),
                eu.skills4cities.citycert.certificate.register.StatusDecision.WITHDRAW, "Forged evidence.", true);
        assertThat(TestMessages.english(verification.verifyPdf(pdf).message())).contains("WITHDRAWN");
    }

    @Test
    void a_registered_pdf_that_does_not_name_its_number_is_found_by_its_hash() {
        CertificateInfo issued = issue();
        byte[] pdf = register.signedWithoutNumber();
        register.register(issued, pdf);

        PdfVerification answer = verification.verifyPdf(pdf);

        assertThat(answer.verdict()).isEqualTo(Verdict.MATCHES_REGISTER);
        assertThat(answer.certificate().number()).isEqualTo(issued.number());
    }

    @Test
    void one_changed_byte_breaks_the_signature() {
        byte[] pdf = register.issuedPdf(issue());

        PdfVerification answer = verification.verifyPdf(TestSignedPdfs.withOneByteChanged(pdf));

        assertThat(answer.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(answer.signatureValid()).isFalse();
        assertThat(answer.certificate()).isNull();
        assertThat(TestMessages.english(answer.message())).contains("changed after it was signed");
    }

    @Test
    void anything_appended_after_signing_is_a_change() {
        byte[] pdf = register.issuedPdf(issue());
        byte[] appended = Arrays.copyOf(pdf, pdf.length + 12);
        System.arraycopy("\n%% changed\n".getBytes(StandardCharsets.US_ASCII), 0, appended, pdf.length, 12);

        assertThat(verification.verifyPdf(appended).verdict()).isEqualTo(Verdict.ALTERED);
    }

    @Test
    void a_pdf_signed_with_another_key_is_not_ours_even_when_it_names_a_real_number() {
        CertificateInfo issued = issue();
        TestSignedPdfs.KeyPairAndCertificate foreign = TestSignedPdfs.foreignKey();
        byte[] pdf = TestSignedPdfs.sign(TestSignedPdfs.unsigned(issued.number()), foreign.privateKey(),
                foreign.certificate());

        PdfVerification answer = verification.verifyPdf(pdf);

        assertThat(answer.verdict()).isEqualTo(Verdict.FOREIGN_SIGNER);
        assertThat(answer.certificate()).isNull();
    }

    @Test
    void a_pdf_signed_by_us_but_not_the_one_issued_is_not_in_the_register() {
        CertificateInfo issued = issue();
        // a PDF with the same number, validly signed, but not the PDF the register issued
        byte[] other = register.signedButNotIssued(issued);

        PdfVerification answer = verification.verifyPdf(other);

        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_IN_REGISTER);
        assertThat(answer.signatureValid()).isTrue();
        assertThat(answer.certificate()).isNull();
    }

    @Test
    void unsigned_pdfs_other_files_and_oversized_files_get_their_own_verdicts() {
        assertThat(verification.verifyPdf(TestSignedPdfs.unsigned("CC-2026-7KQ4-9XHM")).verdict())
                .isEqualTo(Verdict.NOT_SIGNED);
        assertThat(verification.verifyPdf(TestDocuments.pdf()).verdict()).isEqualTo(Verdict.NOT_SIGNED);
        assertThat(verification.verifyPdf("<html>certificate</html>".getBytes(StandardCharsets.UTF_8)).verdict())
                .isEqualTo(Verdict.NOT_A_PDF);
        assertThat(verification.verifyPdf("%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII)).verdict())
                .isEqualTo(Verdict.NOT_A_PDF);
        assertThat(verification.verifyPdf(new byte[0]).verdict()).isEqualTo(Verdict.NOT_A_PDF);
        assertThat(verification.verifyPdf(new byte[(int) verification.maxUploadBytes() + 1]).verdict())
                .isEqualTo(Verdict.TOO_LARGE);
    }

    @Test
    void every_status_outcome_and_verdict_reads_in_words() {
        for (Verdict verdict : Verdict.values()) {
            if (verdict != Verdict.MATCHES_REGISTER && verdict != Verdict.MATCHES_REGISTER_NOT_CURRENT) {
                assertThat(TestMessages.english(new PdfVerification(verdict, null).message())).isNotBlank();
            }
        }
        for (CertificateStatus status : CertificateStatus.values()) {
            PublicCertificate certificate = new PublicCertificate("CC-2026-TEST-XXXX", status, "Hana Holder",
                    "Smart City Project Developer", 6, CertificateKind.ROLE, java.util.List.of(),
                    java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2028, 11, 30), "Body", null, null,
                    java.util.List.of(), null);
            Verdict verdict = status == CertificateStatus.ACTIVE ? Verdict.MATCHES_REGISTER
                    : Verdict.MATCHES_REGISTER_NOT_CURRENT;
            String text = TestMessages.english(new PdfVerification(verdict, certificate).message());
            assertThat(text).isNotBlank().doesNotContain("{0}");
            if (status != CertificateStatus.ACTIVE) {
                assertThat(text).contains("CC-2026-TEST-XXXX", status.name());
            }
        }
        for (Outcome outcome : Outcome.values()) {
            assertThat(TestMessages.english(new NumberVerification(outcome, "X", null).message())).contains("X");
        }
    }

    private CertificateInfo issue() {
        return register.issue();
    }
}
