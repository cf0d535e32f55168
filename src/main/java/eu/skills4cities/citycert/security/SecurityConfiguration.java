package eu.skills4cities.citycert.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.skills4cities.citycert.base.DatabaseBusy;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains, most specific first:
 * <ol>
 *   <li>CityCert's JSON API ({@code /api}), the engine REST API ({@code /engine-rest}) and the
 *       actuator ({@code /actuator}): HTTP Basic, an API token ({@code Authorization: Bearer}) or
 *       the browser session, answers 401 instead of redirecting; the engine REST API and the
 *       actuator's metrics are for administrators only and never open to anonymous callers, the
 *       health probes are open to everybody;</li>
 *   <li>the Camunda webapps ({@code /camunda}): administrators only, signed in through
 *       CityCert's login (see {@link CamundaWebappSingleSignOn});</li>
 *   <li>everything else: the Vaadin UI with form login and view access control.</li>
 * </ol>
 * Sign-ins by password (form and Basic) pass the {@link LoginThrottle}; browser sessions are
 * known to the {@link SessionRegistry}, so {@link AccountSessions} can end them.
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

    /** Every browser session by account, on this node, and the ends of an account's sessions on any node. */
    @Bean
    ClusterSessionRegistry sessionRegistry(JdbcClient jdbc,
                                           @Value("${citycert.sessions.recheck-ends-every:PT2S}") Duration recheck) {
        return new ClusterSessionRegistry(jdbc, recheck);
    }

    /**
     * A failure for want of a database connection where no controller answers it (the security filters
     * themselves) answers 503 with Retry-After: registered just before Spring Security's filters (order -100),
     * after Spring's request context (-105), so that it sees what they throw.
     */
    @Bean
    FilterRegistrationBean<DatabaseBusyFilter> databaseBusyFilter(FilterProblems problems, DatabaseBusy busy) {
        FilterRegistrationBean<DatabaseBusyFilter> registration = new FilterRegistrationBean<>(
                new DatabaseBusyFilter(problems, busy));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setName("databaseBusyFilter");
        return registration;
    }

    /**
     * A parameter with a NUL character, which PostgreSQL cannot hold in text, answers 422 naming it before anything
     * reads it (the sign-in throttle, a search): registered before the busy filter and Spring Security's filters.
     */
    @Bean
    FilterRegistrationBean<UnstorableTextFilter> unstorableTextFilter(FilterProblems problems) {
        FilterRegistrationBean<UnstorableTextFilter> registration = new FilterRegistrationBean<>(
                new UnstorableTextFilter(problems));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
        registration.setName("unstorableTextFilter");
        return registration;
    }

    /** Tells the session registry when the servlet container ends a session. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * The API paths open to everybody, without sign-in; every other {@code /api} path needs it. The
     * OpenAPI description reads them too ({@link OpenApiProblemAnswers}: no 401 on these).
     */
    static final List<String> PUBLIC_API = List.of(
            // the public catalogue: anyone may read what is published
            "/api/catalogue", "/api/catalogue/**",
            // registration and password reset: for people who cannot sign in yet
            "/api/accounts/**",
            // public verification of certificates and credentials, and the issuer's published keys
            "/api/verify/**", "/api/issuer", "/api/issuer/**",
            // the public complaint form's API: anyone may complain, and confirm their address
            "/api/complaints", "/api/complaints/confirm");

    /**
     * Matches the path within the application, whichever servlet serves it: the engine REST
     * API and the webapps run in Jersey servlets, where Spring MVC's matchers do not look.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Calls that bring their own credentials (Basic or an API token) and no browser session:
     * they can only be authenticated by those credentials, so there is no session to forge and
     * no CSRF token to ask for. A call with a session keeps CSRF, whatever header it carries.
     */
    private static boolean credentialsWithoutSession(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null && request.getSession(false) == null;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SessionRegistry sessions, FilterProblems problems,
                                    ApiTokenService apiTokens, UserDetailsService accounts,
                                    ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        // refusals answer RFC 9457 problem details like every other API answer (the OpenAPI description says so)
        AuthenticationEntryPoint notSignedIn = (request, response, e) -> problems.write(request, response,
                HttpStatus.UNAUTHORIZED, "api.unauthorized.title", "api.unauthorized.detail");
        AuthenticationEntryPoint basicChallenge = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"CityCert\"");
            notSignedIn.commence(request, response, e);
        };
        // too many failed sign-ins: 429 with Retry-After instead of another challenge; no database connection for
        // the sign-in: 503 with Retry-After
        AuthenticationEntryPoint throttledOrChallenge = (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login.throttled.title",
                        "login.throttled.detail", throttled.retryAfterSeconds());
            } else if (DatabaseBusy.isBusy(e)) {
                // the account could not be read for want of a connection: not a wrong password
                problems.busy(request, response);
            } else {
                basicChallenge.commence(request, response, e);
            }
        };
        // browsers (they send Sec-Fetch-* headers) get a plain 401, not their native password
        // dialog; scripts get the standard Basic challenge
        RequestMatcher fromBrowser = request -> request.getHeader("Sec-Fetch-Mode") != null;
        DelegatingAuthenticationEntryPoint unauthorized = new DelegatingAuthenticationEntryPoint(
                new LinkedHashMap<>(Map.of(fromBrowser, notSignedIn)));
        unauthorized.setDefaultEntryPoint(basicChallenge);
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/actuator/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_API.stream().map(SecurityConfiguration::path)
                                .toArray(RequestMatcher[]::new)).permitAll()
                        // the probes of a load balancer or an orchestrator, which bring no credentials
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        // the metrics (Prometheus) tell how the body works: for the operators only
                        .requestMatchers(path("/engine-rest/**"), path("/actuator/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(throttledOrChallenge))
                .addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens, accounts, problems, contexts),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "api.forbidden.title", "api.forbidden.detail")))
                // a browser session ended elsewhere (password reset, account deleted) answers 401 from then on.
                // Only checked here: sessions are registered by the UI's sign-in. (Session management's own
                // concurrency control would register, and so create, a session for every Basic or token call.)
                .addFilterAt(new ConcurrentSessionFilter(sessions, expired -> problems.write(expired.getRequest(),
                                expired.getResponse(), HttpStatus.UNAUTHORIZED, "session.ended.title",
                                "session.ended.detail")),
                        ConcurrentSessionFilter.class)
                // a refused API call must not become the page shown after the next sign-in
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityHeaders.api())
                // public account and verification endpoints act for nobody signed in, so there is no session to forge
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::credentialsWithoutSession,
                        path("/api/accounts/**"), path("/api/verify/**"),
                        // a complaint without a session acts for nobody; one with a session keeps CSRF (it is in
                        // the signed-in person's name)
                        request -> request.getSession(false) == null && (path("/api/complaints").matches(request)
                                || path("/api/complaints/confirm").matches(request))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http, MessageSource messages) throws Exception {
        http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH))
                        // signed in but not an administrator: CityCert's page, not the container's
                        .accessDeniedHandler(new CamundaWebappAccessDenied(messages)))
                // the webapps send their own CSRF token (Camunda's CsrfPreventionFilter checks it)
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(HttpSecurity http, SessionRegistry sessions, RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // /error renders the error of any request, including refused API calls (401, 403)
                .requestMatchers("/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui", "/swagger-ui/**", "/swagger-ui.html").permitAll());
        http.headers(SecurityHeaders.ui());
        // the sign-in registers the session, so that AccountSessions can end it; any number per account
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                .expiredUrl(LOGIN_PATH));
        // Vaadin exempts the login POST from CSRF (login CSRF); here only Vaadin's own requests are
        // exempt (they carry Vaadin's CSRF token), and the login form posts Spring's token
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH)
                .enableCsrfConfiguration(false));
        // after Vaadin's configurer, which names the login view first (else Spring's default login page appears);
        // too many failed sign-ins, or no database connection to check the password with: the login page says
        // so (LoginView reads the parameter), not "check your password"
        http.formLogin(form -> form.failureHandler((request, response, e) -> response.sendRedirect(
                request.getContextPath() + LOGIN_PATH + loginFailure(e))));
        return http.build();
    }

    /** The login page's parameter for a failed form sign-in: why it failed, as far as the page tells. */
    static String loginFailure(org.springframework.security.core.AuthenticationException failure) {
        if (failure instanceof LoginThrottledException) {
            return "?throttled";
        }
        return DatabaseBusy.isBusy(failure) ? "?busy" : "?error";
    }
}
