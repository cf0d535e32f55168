package eu.skills4cities.citycert.certificate.badge;

import java.util.Map;
import java.util.Optional;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The certification body as credentials name it, its public keys and the root its seal chains to:
 * for anyone who checks a credential or a certificate PDF.
 */
@RestController
@RequestMapping("/api/issuer")
@Tag(name = "Issuer", description = "The issuer profile and public keys of the certification body")
class IssuerApiController {

    private static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");
    private static final MediaType JWK = MediaType.parseMediaType("application/jwk+json");

    private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final DigitalCredentialService credentials;
    private final StatusLists statusLists;
    private final SigningKeys keys;
    private final MessageSource messages;

    IssuerApiController(DigitalCredentialService credentials, StatusLists statusLists, SigningKeys keys,
                        MessageSource messages) {
        this.credentials = credentials;
        this.statusLists = statusLists;
        this.keys = keys;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The issuer's Open Badges 3.0 profile (the issuer.id of every credential)")
    Map<String, Object> profile() {
        return credentials.issuerProfile();
    }

    @GetMapping("/jwks.json")
    @Operation(summary = "The issuer's public keys (JWKS): the current signing key and earlier keys still trusted")
    ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok().contentType(JWK_SET).body(credentials.publishedKeys());
    }

    @GetMapping("/keys/{thumbprint}")
    @Operation(summary = "One public key, by the key id a credential's JOSE header names")
    @ProblemAnswers(notFound = "No key with this thumbprint")
    ResponseEntity<?> key(@PathVariable String thumbprint) {
        return credentials.publishedKey(thumbprint)
                .<ResponseEntity<?>>map(key -> ResponseEntity.ok().contentType(JWK).body(key))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, messages.getMessage(UserMessage.of("badge.key-not-found", thumbprint),
                                LocaleContextHolder.getLocale()))));
    }

    @GetMapping("/root.pem")
    @Operation(summary = "The root certificate the seal's chain ends in (PEM), for PDF readers to trust the seal",
            description = "Present when the keystore holds the chain's root, as the demonstration chain does; a seal "
                    + "from a qualified trust service is trusted through the EU trusted lists instead.")
    @ProblemAnswers(notFound = "The keystore holds no root certificate to publish")
    ResponseEntity<?> root() {
        return keys.root()
                .<ResponseEntity<?>>map(root -> ResponseEntity.ok().contentType(PEM)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("certification-body-root.pem").build().toString())
                        .body(SigningKeys.pem(root)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, messages.getMessage(UserMessage.of("badge.root-not-published"),
                                LocaleContextHolder.getLocale()))));
    }

    @GetMapping("/status/{purpose}/{number}")
    @Operation(summary = "A status list (W3C Bitstring Status List) as a signed BitstringStatusListCredential (VC-JWT)",
            description = "purpose is revocation or suspension; each credential's credentialStatus names its list and "
                    + "index. Always the current list: it is signed again whenever a bit changes.")
    @ProblemAnswers(notFound = "No status list of this purpose and number")
    ResponseEntity<?> statusList(@PathVariable String purpose, @PathVariable String number) {
        Optional<String> published = number.matches("[1-9][0-9]{0,8}")
                ? statusLists.published(purpose, Integer.parseInt(number)) : Optional.empty();
        return published
                .<ResponseEntity<?>>map(jwt -> ResponseEntity.ok().contentType(VC_JWT)
                        .cacheControl(CacheControl.noCache()).body(jwt))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, messages.getMessage(UserMessage.of("badge.status-list-not-found"),
                                LocaleContextHolder.getLocale()))));
    }
}
