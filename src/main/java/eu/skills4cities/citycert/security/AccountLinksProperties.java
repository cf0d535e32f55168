package eu.skills4cities.citycert.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl                 the address people reach CityCert at, for links in mail
 * @param emailVerificationValidity how long an email verification link works
 * @param passwordResetValidity     how long a password reset link works
 */
@ConfigurationProperties("citycert.accounts")
public record AccountLinksProperties(String publicUrl, Duration emailVerificationValidity,
                                     Duration passwordResetValidity) {

    public AccountLinksProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        emailVerificationValidity = emailVerificationValidity == null ? Duration.ofHours(48) : emailVerificationValidity;
        passwordResetValidity = passwordResetValidity == null ? Duration.ofHours(1) : passwordResetValidity;
    }
}
