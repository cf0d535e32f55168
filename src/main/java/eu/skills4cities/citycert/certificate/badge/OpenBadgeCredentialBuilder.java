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
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.Languages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the Open Badges 3.0 {@code OpenBadgeCredential} of a certificate (Verifiable Credentials
 * Data Model 2.0) and the issuer's {@code Profile}. The texts come from the message bundle and the framework's
 * translations, in the holder's language: the achievement says which ({@code inLanguage}) and lists its editions in
 * the other languages the framework has ({@code related}, the way Open Badges 3.0 names alternate language editions
 * of an achievement), each with its name and description (docs/credentials.md, "Languages").
 */
@Component
class OpenBadgeCredentialBuilder {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

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
                   String email, String salt, List<StatusListStore.Entry> status, Locale language) {

        Content(CertificateInfo certificate, List<CertifiedUnit> units, Optional<PublishedRole> role, String email,
                String salt) {
            this(certificate, units, role, email, salt, List.of(), Locale.ENGLISH);
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
        Locale language = content.language();
        credential.put("name", achievementName(content, language));
        credential.put("description", text(language, "badge.credential.description", certificate.number(),
                issuer.name(language)) + " " + text(language, "badge.credential.units",
                unitList(localUnits(content, content.units(), language))));
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
        Locale language = content.language();
        achievement.put("name", achievementName(content, language));
        achievement.put("description", achievementDescription(content, language));
        achievement.putObject("criteria").put("narrative", criteria(content, language));
        achievement.put("humanCode", certificate.unitCertificate() ? certificate.unitCode() : certificate.roleCode());
        achievement.put("inLanguage", language.toLanguageTag());
        putIfPresent(achievement, "version", certificate.frameworkLabel());
        List<Locale> editions = editions(content);
        if (!editions.isEmpty()) {
            ArrayNode related = achievement.putArray("related");
            for (Locale edition : editions) {
                ObjectNode other = related.addObject();
                other.put("id", achievement.path("id").asText() + (achievement.path("id").asText().contains("#")
                        ? "-" : "#") + "lang-" + edition.toLanguageTag());
                other.putArray("type").add("Related");
                other.put("inLanguage", edition.toLanguageTag());
                putIfPresent(other, "version", certificate.frameworkLabel());
                other.put("name", achievementName(content, edition));
                other.put("description", achievementDescription(content, edition));
            }
        }
        return achievement;
    }

    /**
     * The other languages the achievement is stated in: English, and each language CityCert offers in which the
     * framework names the role (and the unit) itself; not the language of the credential.
     */
    private static List<Locale> editions(Content content) {
        if (content.role().isEmpty()) {
            return content.language().getLanguage().equals("en") ? List.of() : List.of(Locale.ENGLISH);
        }
        return Languages.SUPPORTED.stream()
                .filter(locale -> !locale.getLanguage().equals(content.language().getLanguage()))
                .filter(locale -> locale.getLanguage().equals("en") || translated(content, locale))
                .toList();
    }

    private static boolean translated(Content content, Locale locale) {
        RoleDefinition role = content.role().get().role();
        if (role.title(locale).english()) {
            return false;
        }
        return !content.certificate().unitCertificate() || role.units().stream()
                .filter(u -> u.code().equals(content.certificate().unitCode()))
                .anyMatch(u -> !u.title(locale).english());
    }

    private String achievementName(Content content, Locale language) {
        CertificateInfo certificate = content.certificate();
        return certificate.unitCertificate()
                ? text(language, "badge.achievement.unit-name", unitTitle(content, language),
                roleTitle(content, language))
                : roleTitle(content, language);
    }

    private String achievementDescription(Content content, Locale language) {
        CertificateInfo certificate = content.certificate();
        List<String> sentences = new ArrayList<>();
        sentences.add(certificate.unitCertificate()
                ? text(language, "badge.achievement.unit-description", unitTitle(content, language),
                roleTitle(content, language))
                : text(language, "badge.achievement.role-description", roleTitle(content, language)));
        if (certificate.eqfLevel() != null) {
            sentences.add(text(language, "badge.achievement.eqf", certificate.eqfLevel()));
        }
        if (certificate.frameworkLabel() != null) {
            sentences.add(text(language, "badge.achievement.framework", certificate.frameworkLabel()));
        }
        return String.join(" ", sentences);
    }

    /** The role's title in the language, from the certificate's framework version; the certificate's own else. */
    private static String roleTitle(Content content, Locale language) {
        return content.role().map(r -> r.role().title(language).text()).orElse(content.certificate().roleTitle());
    }

    private static String unitTitle(Content content, Locale language) {
        return content.role().flatMap(r -> r.role().units().stream()
                        .filter(u -> u.code().equals(content.certificate().unitCode())).findFirst())
                .map(u -> u.title(language).text()).orElse(content.certificate().unitTitle());
    }

    /** The units with their titles in the language where the framework version has them. */
    private static List<CertifiedUnit> localUnits(Content content, List<CertifiedUnit> units, Locale language) {
        if (content.role().isEmpty()) {
            return units;
        }
        List<UnitDefinition> defined = content.role().get().role().units();
        return units.stream().map(unit -> defined.stream().filter(u -> u.code().equals(unit.code())).findFirst()
                .map(u -> new CertifiedUnit(u.code(), u.title(language).text())).orElse(unit)).toList();
    }

    /**
     * What it takes to earn the achievement, in Markdown: the units of the role (or the one unit)
     * as the certificate's framework version defines them, with its pass rules. A certificate
     * whose framework version is unknown lists the units it covers.
     */
    private String criteria(Content content, Locale language) {
        CertificateInfo certificate = content.certificate();
        if (content.role().isEmpty()) {
            return text(language, "badge.criteria.recorded", issuer.name(language)) + "\n\n"
                    + markdownList(content.units());
        }
        RoleDefinition role = content.role().get().role();
        String passMark = role.scheme().passMarkPercent().stripTrailingZeros().toPlainString();
        if (certificate.unitCertificate()) {
            List<CertifiedUnit> unit = role.units().stream().filter(u -> u.code().equals(certificate.unitCode()))
                    .map(u -> new CertifiedUnit(u.code(), u.title(language).text())).toList();
            return text(language, "badge.criteria.unit", passMark, issuer.name(language)) + "\n\n"
                    + markdownList(unit.isEmpty() ? content.units() : unit);
        }
        List<CertifiedUnit> units = role.units().stream()
                .map(u -> new CertifiedUnit(u.code(), u.title(language).text())).toList();
        return text(language, "badge.criteria.role", role.unitsRequiredForCertificate(), units.size(), passMark,
                issuer.name(language)) + "\n\n" + markdownList(units);
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

    private String text(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
