package eu.skills4cities.citycert.certificate.verification;

import java.io.IOException;
import java.util.Locale;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.verification.PdfVerification.Verdict;
import eu.skills4cities.citycert.security.ProblemAnswers;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Public verification over JSON, without sign-in (docs/user-guide/verification.md). Every call
 * counts against the caller's address; beyond the limit the answer is 429 with Retry-After.
 */
@RestController
@RequestMapping("/api/verify")
@Tag(name = "Verification", description = "Public verification of certificates, without sign-in")
class VerificationApiController {

    /** How the answer's titles are given in the reader's language, for both operations' descriptions. */
    static final String TITLES = "The fields role, units[].title and issuer are as the certificate records them "
            + "(English). The field titles gives them in the language of Accept-Language (the best match among en, "
            + "bg, es, de, ro and el, else en; the same as the answer's Content-Language): titles.language is that "
            + "language, and titles.role, each of titles.units (by code, in the order of units) and titles.issuer "
            + "carry a text and the language it is written in, which is en where the certificate's own framework "
            + "version has no translation.";

    private final CertificateVerification verification;
    private final VerificationRateLimiter limiter;
    private final MessageSource messages;

    VerificationApiController(CertificateVerification verification, VerificationRateLimiter limiter,
                              MessageSource messages) {
        this.verification = verification;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping("/{number}")
    @Operation(summary = "The public details and status of the certificate with this number",
            description = "200 with the certificate; 400 for input that is no certificate number or has a mistyped "
                    + "character; 404 for a number the register does not hold; 429 beyond the rate limit. "
                    + TITLES)
    @ProblemAnswers(notFound = "The register holds no certificate with this number", more = {
            @ProblemAnswers.Answer(status = 400, description = "No certificate number, or one with a mistyped character"),
            @ProblemAnswers.Answer(status = 429, description = "Too many checks from this address: wait the seconds "
                    + "that Retry-After gives")})
    ResponseEntity<?> byNumber(@PathVariable String number) {
        NumberVerification answer = verification.verifyNumber(number, LocaleContextHolder.getLocale());
        return switch (answer.outcome()) {
            case FOUND -> ResponseEntity.ok(answer.certificate());
            case MALFORMED, MISTYPED -> problem(HttpStatus.BAD_REQUEST, answer.message(), answer.outcome().name());
            case UNKNOWN -> problem(HttpStatus.NOT_FOUND, answer.message(), answer.outcome().name());
        };
    }

    @PostMapping(value = "/pdf", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Check an uploaded certificate PDF: its signature, and whether it is the PDF the register issued",
            description = "Multipart field 'file'. 200 with the verdict for any PDF; 422 for a file that is no PDF; "
                    + "413 beyond the size limit; 429 beyond the rate limit. The file is not stored. A matching "
                    + "certificate's details are those of GET /api/verify/{number}: " + TITLES)
    @ProblemAnswers(more = {
            @ProblemAnswers.Answer(status = 413, description = "The file is larger than a certificate PDF can be"),
            @ProblemAnswers.Answer(status = 429, description = "Too many checks from this address: wait the seconds "
                    + "that Retry-After gives")})
    ResponseEntity<?> pdf(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > verification.maxUploadBytes()) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, UserMessage.of("verification.pdf.TOO_LARGE"),
                    Verdict.TOO_LARGE.name());
        }
        PdfVerification answer = verification.verifyPdf(file.getBytes(), LocaleContextHolder.getLocale());
        return switch (answer.verdict()) {
            case TOO_LARGE -> problem(HttpStatus.PAYLOAD_TOO_LARGE, answer.message(), answer.verdict().name());
            case NOT_A_PDF -> problem(HttpStatus.UNPROCESSABLE_ENTITY, answer.message(), answer.verdict().name());
            default -> ResponseEntity.ok(new PdfAnswer(answer.verdict(), answer.signatureValid(),
                    answer.matchesRegister(), answer.verdict() == Verdict.MATCHES_REGISTER, text(answer.message()),
                    answer.certificate()));
        };
    }

    /**
     * The verdict on an uploaded PDF.
     *
     * @param matchesRegister the PDF is exactly one the register issued
     * @param current         and the certificate is active today (not suspended, withdrawn, expired or superseded)
     * @param certificate     present only when the PDF matches the register
     */
    record PdfAnswer(Verdict verdict, boolean signatureValid, boolean matchesRegister, boolean current, String message,
                     @JsonInclude(JsonInclude.Include.NON_NULL) PublicCertificate certificate) {
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, UserMessage message, String outcome) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(message));
        problem.setTitle(text(UserMessage.of("verification.problem.title")));
        problem.setProperty("outcome", outcome);
        return ResponseEntity.status(status).body(problem);
    }

    private String text(UserMessage message) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(message, locale);
    }
}
