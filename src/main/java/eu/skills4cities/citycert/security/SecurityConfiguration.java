package eu.skills4cities.citycert.security;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains, most specific first:
 * <ol>
 *   <li>CityCert's JSON API ({@code /api}) and the engine REST API ({@code /engine-rest}):
 *       HTTP Basic or the browser session, answers 401 instead of redirecting; the engine
 *       REST API is for administrators only and never open to anonymous callers;</li>
 *   <li>the Camunda webapps ({@code /camunda}): administrators only, signed in through
 *       CityCert's login (see {@link CamundaWebappSingleSignOn});</li>
 *   <li>everything else: the Vaadin UI with form login and view access control.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    /** bcrypt by default; the prefix in the stored hash allows a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Matches the path within the application, whichever servlet serves it: the engine REST
     * API and the webapps run in Jersey servlets, where Spring MVC's matchers do not look.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint basicChallenge = new BasicAuthenticationEntryPoint();
        basicChallenge.setRealmName("CityCert");
        basicChallenge.afterPropertiesSet();
        // browsers (they send Sec-Fetch-* headers) get a plain 401, not their native password
        // dialog; scripts get the standard Basic challenge
        RequestMatcher fromBrowser = request -> request.getHeader("Sec-Fetch-Mode") != null;
        DelegatingAuthenticationEntryPoint unauthorized = new DelegatingAuthenticationEntryPoint(
                new LinkedHashMap<>(Map.of(fromBrowser, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))));
        unauthorized.setDefaultEntryPoint(basicChallenge);
        // scripts that authenticate with every request need no CSRF token; browser sessions do
        RequestMatcher carriesCredentials = request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth
                        // the public catalogue: anyone may read what is published
                        .requestMatchers(path("/api/catalogue"), path("/api/catalogue/**")).permitAll()
                        // registration and password reset: for people who cannot sign in yet
                        .requestMatchers(path("/api/accounts/**")).permitAll()
                        // public verification of certificates and credentials, and the issuer's published keys
                        .requestMatchers(path("/api/verify/**"), path("/api/issuer"), path("/api/issuer/**")).permitAll()
                        .requestMatchers(path("/engine-rest/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicChallenge))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized))
                // a refused API call must not become the page shown after the next sign-in
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityHeaders.api())
                // public account and verification endpoints act for nobody signed in, so there is no session to forge
                .csrf(csrf -> csrf.ignoringRequestMatchers(carriesCredentials, path("/api/accounts/**"),
                        path("/api/verify/**")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH)))
                // the webapps send their own CSRF token (Camunda's CsrfPreventionFilter checks it)
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // /error renders the error of any request, including refused API calls (401, 403)
                .requestMatchers("/error", "/actuator/health", "/actuator/health/**",
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui", "/swagger-ui/**", "/swagger-ui.html").permitAll());
        http.headers(SecurityHeaders.ui());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH));
        return http.build();
    }
}
