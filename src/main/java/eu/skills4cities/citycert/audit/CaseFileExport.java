package eu.skills4cities.citycert.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.certificate.BodySignature;
import eu.skills4cities.citycert.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file of one application for an accreditation visit, for auditors and administrators:
 * the whole case record as a PDF/A sealed with the certification body's key (PAdES, like a
 * certificate), or a ZIP with {@code record.json} (the same record), its detached JWS
 * {@code record.json.jws} (RS256, the signing certificate in {@code x5c}) and the sealed
 * {@code record.pdf}. Each export is itself appended to the audit log ({@code CASE_FILE_EXPORTED},
 * by whom, with the SHA-256 of what was handed out) in the same transaction.
 */
@Service
public class CaseFileExport {

    private static final Logger log = LoggerFactory.getLogger(CaseFileExport.class);

    private final CaseRecord records;
    private final CaseFilePdf pdf;
    private final BodySignature seal;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final Clock clock;

    CaseFileExport(CaseRecord records, CaseFilePdf pdf, BodySignature seal, AuditLog auditLog, ObjectMapper json,
                   MessageSource messages, Clock clock) {
        this.records = records;
        this.pdf = pdf;
        this.seal = seal;
        this.auditLog = auditLog;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    /** What {@code record.json} holds: the record, who exported it and when, and by whose seal. */
    public record CaseFile(String format, Instant exportedAt, String exportedBy, String issuer,
                           ApplicationCaseRecord record) {
    }

    /** An exported file: its name ({@code case-file-<number>.pdf} or {@code .zip}) and its bytes. */
    public record Download(String fileName, byte[] content) {
    }

    /** The sealed PDF of the record, its labels in the reader's language. */
    @Transactional
    public Download pdf(CurrentUser user, UUID applicationId, java.util.Locale reader) {
        ApplicationCaseRecord record = whole(user, applicationId);
        byte[] sealed = sealedPdf(record, user, clock.instant(), reader);
        recorded(user, record, "pdf", Sha256.hex(sealed));
        return new Download(fileName(record.header().number(), "pdf"), sealed);
    }

    /**
     * The ZIP: {@code record.json}, {@code record.json.jws}, {@code record.pdf} and a short {@code README.txt}. The
     * signed JSON is the same whatever the reader's language (its values are codes and what people wrote); the PDF
     * and the README are in the reader's language.
     */
    @Transactional
    public Download zip(CurrentUser user, UUID applicationId, java.util.Locale reader) {
        ApplicationCaseRecord record = whole(user, applicationId);
        Instant now = clock.instant();
        byte[] recordJson = json(new CaseFile("citycert-case-file/1", now, user.username(), seal.issuerName(), record));
        String jws = seal.signDetached(recordJson);
        byte[] sealed = sealedPdf(record, user, now, reader);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            add(zip, "record.json", recordJson);
            add(zip, "record.json.jws", jws.getBytes(StandardCharsets.US_ASCII));
            add(zip, "record.pdf", sealed);
            add(zip, "README.txt", messages.getMessage("case-file.readme", new Object[] {record.header().number(),
                    seal.issuerName()}, reader).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recorded(user, record, "zip", Sha256.hex(recordJson));
        return new Download(fileName(record.header().number(), "zip"), out.toByteArray());
    }

    private static String fileName(String number, String extension) {
        return "case-file-" + number + "." + extension;
    }

    private ApplicationCaseRecord whole(CurrentUser user, UUID applicationId) {
        ApplicationCaseRecord record = records.of(user, applicationId);
        if (!record.complete()) {
            throw new AccessDeniedException("Only auditors and administrators export a case file");
        }
        return record;
    }

    private byte[] sealedPdf(ApplicationCaseRecord record, CurrentUser user, Instant at, java.util.Locale reader) {
        byte[] unsigned = pdf.render(record, user.username(), at, seal.issuerName(), reader);
        return seal.sealPdf(unsigned, CaseFilePdf.SEAL_LEFT, CaseFilePdf.SEAL_BOTTOM, CaseFilePdf.SEAL_RIGHT,
                CaseFilePdf.SEAL_TOP, messages.getMessage("case-file.pdf.seal", new Object[] {seal.issuerName()},
                        reader),
                messages.getMessage("case-file.pdf.seal-detail", new Object[] {record.header().number()}, reader));
    }

    private void recorded(CurrentUser user, ApplicationCaseRecord record, String format, String sha256) {
        auditLog.append(new AuditRecord(clock.instant(), user.username(), "CASE_FILE_EXPORTED", "application",
                record.header().id().toString(), Map.of("number", record.header().number(), "format", format,
                "sha256", sha256, "entries", String.valueOf(record.entries().size()))));
        log.info("Case file of application {} exported as {} by {}", record.header().number(), format, user.username());
    }

    private byte[] json(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the case record", e);
        }
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
