package eu.skills4cities.citycert.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <API token>} on the API: a known, unrevoked, unexpired token of
 * an open account signs the request in as that account, for this request only (no session). A
 * token that opens nothing answers 401 at once, whatever else the request carries. Not a
 * Spring bean of its own, so the servlet container does not run it outside the API chain.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final UserDetailsService accounts;
    private final FilterProblems problems;
    private final SecurityContextHolderStrategy contexts;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    ApiTokenAuthenticationFilter(ApiTokenService tokens, UserDetailsService accounts, FilterProblems problems,
                                 ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> username = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (username.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"CityCert\", error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api-token.refused.title",
                    "api-token.refused.detail");
            return;
        }
        UserDetails account = accounts.loadUserByUsername(username.get());
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                account, null, account.getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
