package eu.skills4cities.citycert.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers a browser expects of CityCert, one policy per filter chain.
 *
 * <ul>
 *   <li><b>Content-Security-Policy</b>: the UI's policy is as strict as Vaadin Flow allows.
 *       Flow's bootstrap page starts its client engine with an inline script and the engine
 *       builds functions from the expressions the server sends, so {@code script-src} needs
 *       {@code 'unsafe-inline' 'unsafe-eval'} and {@code style-src 'unsafe-inline'} (Vaadin's
 *       documentation, "Content Security Policy"); everything else comes from CityCert's own
 *       origin only, no plugin content, no foreign frame may embed a page. API answers are
 *       data: they may load nothing at all. An answer that sets its own policy (the inline
 *       preview of evidence) keeps it, as Spring Security writes the header only when absent.</li>
 *   <li><b>Referrer-Policy</b> {@code same-origin}: addresses of applications and documents
 *       never leave CityCert in a link's referrer.</li>
 *   <li><b>Strict-Transport-Security</b>: on answers served over TLS only (Spring Security
 *       writes it for secure requests). Behind a TLS-terminating proxy, set
 *       {@code server.forward-headers-strategy=native} so that the request counts as secure;
 *       the session cookie then also gets {@code Secure} (docs/security.md).</li>
 *   <li>The session cookie's {@code SameSite=Lax} is set in {@code application.yml}
 *       ({@code server.servlet.session.cookie.same-site}).</li>
 * </ul>
 */
final class SecurityHeaders {

    static final String UI_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            // evidence previews are frames of CityCert's own API
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> ui() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(UI_POLICY));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                // staff preview evidence documents inline, in a frame of CityCert's own pages
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
