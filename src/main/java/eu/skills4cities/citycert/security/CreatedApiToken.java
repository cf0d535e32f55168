package eu.skills4cities.citycert.security;

/**
 * A new API token: {@code token} is shown this once and never again (CityCert keeps only its
 * SHA-256); send it as {@code Authorization: Bearer <token>}.
 */
public record CreatedApiToken(ApiTokenInfo info, String token) {
}
