package eu.skills4cities.citycert.certificate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationAssessments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.UnitStanding;
import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.certificate.badge.DigitalCredentialService;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.certificate.signing.PadesSigner;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues certificates and hands them to the people allowed to have them. */
@Service
public class CertificateService {

    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);
    private static final Set<Role> STAFF_READERS = EnumSet.of(Role.CERTIFICATION_OFFICER, Role.AUDITOR, Role.ADMIN);
    private static final String COLUMNS = """
            id, number, application AS application_id, holder_username, holder_name, role_code, role_title,
            eqf_level, framework_version AS framework_version_id, framework_label, issued_on, valid_until, unit_code,
            unit_title, status AS recorded_status, superseded_by""";

    private final JdbcClient jdbc;
    private final ApplicationService applications;
    private final ApplicationAssessments assessments;
    private final CertificatePdfRenderer renderer;
    private final PadesSigner signer;
    private final SigningKeys keys;
    private final DigitalCredentialService credentials;
    private final AccountLinksProperties links;
    private final MessageSource messages;
    private final FrameworkCatalogue framework;
    private final CertificateProperties properties;
    private final CertificateIssuer issuer;
    private final ObjectMapper json;
    private final Clock clock;

    CertificateService(JdbcClient jdbc, ApplicationService applications, ApplicationAssessments assessments,
                       CertificatePdfRenderer renderer, PadesSigner signer, SigningKeys keys,
                       DigitalCredentialService credentials,
                       AccountLinksProperties links, MessageSource messages,
                       FrameworkCatalogue framework, CertificateProperties properties, CertificateIssuer issuer,
                       ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.assessments = assessments;
        this.renderer = renderer;
        this.signer = signer;
        this.keys = keys;
        this.credentials = credentials;
        this.links = links;
        this.messages = messages;
        this.framework = framework;
        this.properties = properties;
        this.issuer = issuer;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Issues the certificates of a certified application: the role certificate when the
     * candidate now holds every unit the role needs, else one unit certificate per unit this
     * application passed. Idempotent: a retried or concurrent call finds them issued (one per
     * application and unit, enforced by a unique index) and returns them.
     */
    @Transactional
    public List<CertificateInfo> issue(UUID applicationId) {
        List<CertificateInfo> existing = forApplication(applicationId);
        if (!existing.isEmpty()) {
            return existing;
        }
        ApplicationDetails application = applications.details(applicationId);
        // the certificate states the role as the application's own framework version defines it
        Optional<PublishedRole> role = application.frameworkVersionId() == null ? Optional.empty()
                : framework.role(application.frameworkVersionId(), application.roleCode());
        int validityMonths = role.map(r -> r.role().scheme().validityMonths()).orElse(properties.validityMonths());
        Integer eqfLevel = role.map(r -> r.role().eqfLevel()).orElse(null);
        LocalDate issuedOn = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate validUntil = issuedOn.plusMonths(validityMonths);
        // applications assessed before units were scored one by one certify the whole role
        boolean unitsScored = !assessments.results(applicationId).isEmpty();
        UnitStanding standing = unitsScored ? assessments.standing(applicationId) : null;
        int inserted = 0;
        if (standing == null || standing.fullRole()) {
            List<CertifiedUnit> units = standing == null
                    ? role.map(r -> r.role().units().stream().map(CertificateService::certified).toList()).orElse(List.of())
                    : standing.held().stream().map(CertificateService::certified).toList();
            inserted += insert(application, null, units, eqfLevel, issuedOn, validUntil);
        } else {
            for (UnitDefinition unit : standing.passedHere()) {
                inserted += insert(application, unit, List.of(certified(unit)), eqfLevel, issuedOn, validUntil);
            }
        }
        if (inserted > 0) {
            boolean full = standing == null || standing.fullRole();
            if (full) {
                supersedeUnitCertificates(application);
            }
            applications.changeStatus(applicationId,
                    full ? ApplicationStatus.CERTIFIED : ApplicationStatus.PARTIALLY_CERTIFIED, null);
            log.info("{} certificate(s) issued for application {} ({})", inserted, application.number(),
                    full ? "role" : "units");
        }
        return forApplication(applicationId);
    }

    private static CertifiedUnit certified(UnitDefinition unit) {
        return new CertifiedUnit(unit.code(), unit.title());
    }

    /** The holder's unit certificates for the role are superseded by the role certificate that now covers them. */
    private void supersedeUnitCertificates(ApplicationDetails application) {
        jdbc.sql("""
                UPDATE certificate u SET superseded_by = r.id
                  FROM certificate r
                 WHERE r.application = :application AND r.unit_code IS NULL
                   AND u.holder_username = r.holder_username AND u.role_code = r.role_code
                   AND u.unit_code IS NOT NULL AND u.superseded_by IS NULL
                """).param("application", application.id()).update();
    }

    /** Renders, seals and stores one certificate with its credential; 0 when a concurrent call stored it first. */
    private int insert(ApplicationDetails application, UnitDefinition unit, List<CertifiedUnit> units,
                       Integer eqfLevel, LocalDate issuedOn, LocalDate validUntil) {
        String number = CertificateNumbers.next(issuedOn.getYear());
        String verificationUrl = links.publicUrl() + "/" + CertificateLinks.verification(number);
        byte[] rendered = renderer.render(new CertificatePdfRenderer.Content(number, application.candidateName(),
                application.roleTitle(), unit == null ? null : unit.title(), eqfLevel, application.frameworkVersion(),
                units, issuedOn, validUntil, issuer.name(), verificationUrl));
        byte[] pdf = signer.sign(rendered, new PadesSigner.SealBlock(CertificatePdfRenderer.SEAL_AREA,
                message("certificate.seal.caption", issuer.name()),
                message("certificate.seal.detail", links.publicUrl() + "/verify")));
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO certificate (id, number, application, holder_username, holder_name, role_code, role_title,
                                         issued_on, valid_until, pdf, created_at, framework_version, eqf_level,
                                         framework_label, unit_code, unit_title, units, pdf_sha256, signed_with)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (application, (coalesce(unit_code, ''))) DO NOTHING
                """)
                .params(id, number, application.id(), application.candidateUsername(),
                        application.candidateName(), application.roleCode(), application.roleTitle(),
                        Date.valueOf(issuedOn), Date.valueOf(validUntil), pdf, application.frameworkVersionId(),
                        eqfLevel, application.frameworkVersion(), unit == null ? null : unit.code(),
                        unit == null ? null : unit.title(), json(units), Sha256.hex(pdf),
                        SigningKeys.certificateSha256(keys.certificate()))
                .update();
        if (inserted > 0) {
            // the Open Badges credential, signed now, in the same transaction as the certificate
            credentials.ensureIssued(id);
        }
        return inserted;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    private String json(List<CertifiedUnit> units) {
        try {
            return json.writeValueAsString(units);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The units a certificate covers, in the framework's order. */
    @Transactional(readOnly = true)
    public List<CertifiedUnit> units(UUID certificateId) {
        String stored = jdbc.sql("SELECT units::text FROM certificate WHERE id = ?").param(certificateId)
                .query(String.class).single();
        try {
            return List.of(json.readValue(stored, CertifiedUnit[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable units of certificate " + certificateId, e);
        }
    }

    /**
     * A certificate by its number, whoever asks: for the public verification and the register,
     * which show only what they may. Callers that hand out a PDF check access themselves.
     */
    @Transactional(readOnly = true)
    public Optional<CertificateInfo> byNumber(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE number = ?").param(number)
                .query(CertificateInfo.class).optional();
    }

    /** The certificates issued for an application: its role certificate, or its unit certificates. */
    @Transactional(readOnly = true)
    public List<CertificateInfo> forApplication(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE application = ? ORDER BY unit_code NULLS FIRST")
                .param(applicationId).query(CertificateInfo.class).list();
    }

    /** The holder's own certificates, newest first. */
    @Transactional(readOnly = true)
    public List<CertificateInfo> mine(CurrentUser holder) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE holder_username = ? ORDER BY issued_on DESC, number")
                .param(holder.username()).query(CertificateInfo.class).list();
    }

    /**
     * The PDF of a certificate, for its holder and for officers, auditors and administrators.
     *
     * @throws CertificateNotFoundException when there is none the user may have
     */
    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, String number) {
        CertificateInfo certificate = jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE number = ?")
                .param(number).query(CertificateInfo.class).optional()
                .filter(c -> c.holderUsername().equals(user.username())
                        || user.roles().stream().anyMatch(STAFF_READERS::contains))
                .orElseThrow(() -> new CertificateNotFoundException(number));
        return jdbc.sql("SELECT pdf FROM certificate WHERE id = ?").param(certificate.id())
                .query(byte[].class).single();
    }
}
