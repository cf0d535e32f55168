package eu.skills4cities.citycert.certificate.badge;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.StatusListStore;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the Open Badges 3.0 {@code OpenBadgeCredential} of a certificate (Verifiable Credentials
 * Data Model 2.0) and the issuer's {@code Profile}. The texts come from the message bundle in
 * English, as on the certificate PDF.
 */
@Component
class OpenBadgeCredentialBuilder {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final ObjectMapper json;
    private final MessageSource messages;
    private final CertificateIssuer issuer;
    private final String issuerId;
    private final String publicUrl;

    OpenBadgeCredentialBuilder(ObjectMapper json, MessageSource messages, CertificateIssuer issuer,
                               IssuerKeys keys, AccountLinksProperties links) {
        this.json = json;
        this.messages = messages;
        this.issuer = issuer;
        this.issuerId = keys.issuerId();
        this.publicUrl = links.publicUrl();
    }

    /** What one certificate's credential states. */
    record Content(CertificateInfo certificate, List<CertifiedUnit> units, Optional<PublishedRole> role,
                   String email, String salt, List<StatusListStore.Entry> status) {

        Content(CertificateInfo certificate, List<CertifiedUnit> units, Optional<PublishedRole> role, String email,
                String salt) {
            this(certificate, units, role, email, salt, List.of());
        }
    }

    /** The issuer's Open Badges profile, on its own (with its JSON-LD contexts) or inside a credential. */
    ObjectNode issuerProfile(boolean standalone) {
        ObjectNode profile = json.createObjectNode();
        if (standalone) {
            profile.set("@context", contexts());
        }
        profile.put("id", issuerId);
        profile.putArray("type").add("Profile");
        profile.put("name", issuer.name());
        putIfPresent(profile, "url", issuer.url());
        putIfPresent(profile, "email", issuer.email());
        return profile;
    }

    /** The unsigned credential. */
    ObjectNode credential(Content content) {
        CertificateInfo certificate = content.certificate();
        ObjectNode credential = json.createObjectNode();
        credential.set("@context", contexts());
        credential.put("id", credentialId(certificate));
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", achievementName(certificate));
        credential.put("description", text("badge.credential.description", certificate.number(), issuer.name())
                + " " + text("badge.credential.units", unitList(content.units())));
        credential.set("issuer", issuerProfile(false));
        credential.put("validFrom", validFrom(certificate.issuedOn()));
        credential.put("validUntil", validUntil(certificate.validUntil()));
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", identityHash(content.email(), content.salt()));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", content.salt());
        // the certificate number: what the verification API looks the certificate up by
        subject.put("licenseNumber", certificate.number());
        subject.set("achievement", achievement(content));
        if (!content.status().isEmpty()) {
            ArrayNode status = credential.putArray("credentialStatus");
            for (StatusListStore.Entry entry : content.status()) {
                String list = StatusLists.listUrl(publicUrl, entry.purpose(), entry.listNumber());
                ObjectNode item = status.addObject();
                item.put("id", list + "#" + entry.index());
                item.put("type", "BitstringStatusListEntry");
                item.put("statusPurpose", entry.purpose());
                item.put("statusListIndex", String.valueOf(entry.index()));
                item.put("statusListCredential", list);
            }
        }
        ObjectNode schema = credential.putArray("credentialSchema").addObject();
        schema.put("id", OB_SCHEMA);
        schema.put("type", "1EdTechJsonSchemaValidator2019");
        return credential;
    }

    private ObjectNode achievement(Content content) {
        CertificateInfo certificate = content.certificate();
        ObjectNode achievement = json.createObjectNode();
        achievement.put("id", publicUrl + "/api/catalogue/" + certificate.roleCode()
                + (certificate.unitCertificate() ? "#unit-" + certificate.unitCode() : ""));
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "Certification");
        achievement.put("name", achievementName(certificate));
        achievement.put("description", achievementDescription(certificate));
        achievement.putObject("criteria").put("narrative", criteria(content));
        achievement.put("humanCode", certificate.unitCertificate() ? certificate.unitCode() : certificate.roleCode());
        putIfPresent(achievement, "version", certificate.frameworkLabel());
        return achievement;
    }

    private String achievementName(CertificateInfo certificate) {
        return certificate.unitCertificate()
                ? text("badge.achievement.unit-name", certificate.unitTitle(), certificate.roleTitle())
                : certificate.roleTitle();
    }

    private String achievementDescription(CertificateInfo certificate) {
        List<String> sentences = new ArrayList<>();
        sentences.add(certificate.unitCertificate()
                ? text("badge.achievement.unit-description", certificate.unitTitle(), certificate.roleTitle())
                : text("badge.achievement.role-description", certificate.roleTitle()));
        if (certificate.eqfLevel() != null) {
            sentences.add(text("badge.achievement.eqf", certificate.eqfLevel()));
        }
        if (certificate.frameworkLabel() != null) {
            sentences.add(text("badge.achievement.framework", certificate.frameworkLabel()));
        }
        return String.join(" ", sentences);
    }

    /**
     * What it takes to earn the achievement, in Markdown: the units of the role (or the one unit)
     * as the certificate's framework version defines them, with its pass rules. A certificate
     * whose framework version is unknown lists the units it covers.
     */
    private String criteria(Content content) {
        CertificateInfo certificate = content.certificate();
        if (content.role().isEmpty()) {
            return text("badge.criteria.recorded", issuer.name()) + "\n\n" + markdownList(content.units());
        }
        RoleDefinition role = content.role().get().role();
        String passMark = role.scheme().passMarkPercent().stripTrailingZeros().toPlainString();
        if (certificate.unitCertificate()) {
            List<CertifiedUnit> unit = role.units().stream().filter(u -> u.code().equals(certificate.unitCode()))
                    .map(u -> new CertifiedUnit(u.code(), u.title())).toList();
            return text("badge.criteria.unit", passMark, issuer.name()) + "\n\n"
                    + markdownList(unit.isEmpty() ? content.units() : unit);
        }
        List<CertifiedUnit> units = role.units().stream().map(u -> new CertifiedUnit(u.code(), u.title())).toList();
        return text("badge.criteria.role", role.unitsRequiredForCertificate(), units.size(), passMark, issuer.name())
                + "\n\n" + markdownList(units);
    }

    private static String markdownList(List<CertifiedUnit> units) {
        return units.stream().map(u -> "- " + u.code() + " " + u.title()).collect(Collectors.joining("\n"));
    }

    private static String unitList(List<CertifiedUnit> units) {
        return units.stream().map(u -> u.code() + " " + u.title()).collect(Collectors.joining("; "));
    }

    /** {@code sha256$<hex>} of the email address (lower case) followed by the salt, both UTF-8. */
    static String identityHash(String email, String salt) {
        return "sha256$" + Sha256.hex(email.toLowerCase(Locale.ROOT) + salt);
    }

    static String credentialId(CertificateInfo certificate) {
        return "urn:uuid:" + certificate.id();
    }

    /** The certificate is valid from the start of its issue day (UTC). */
    static String validFrom(LocalDate issuedOn) {
        return DateTimeFormatter.ISO_INSTANT.format(issuedOn.atStartOfDay(ZoneOffset.UTC));
    }

    /** The certificate is valid to the end of its last day (UTC): the register calls it expired the day after. */
    static String validUntil(LocalDate validUntil) {
        return DateTimeFormatter.ISO_INSTANT.format(validUntil.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneOffset.UTC));
    }

    private ArrayNode contexts() {
        return json.createArrayNode().add(VC_CONTEXT).add(OB_CONTEXT);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }
}
