package eu.skills4cities.citycert.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request outside the UI. The API answers in the best match of Accept-Language ({@link
 * Languages#bestMatch(String)}), English when CityCert offers none of the languages asked for, and says which in
 * {@code Content-Language}; its problem details, the security filters' 401 and 403 among them, are written in it.
 * Other pages (the certificate PDF, the verification page's preview) read the visitor's choice of the switcher
 * first (the {@link Languages#COOKIE} cookie), then Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class RequestLanguages {

    /** Spring MVC's locale of a request ({@code LocaleContextHolder}), which the API's problem details are written in. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return of(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is chosen in the UI or by Accept-Language");
            }
        };
    }

    /** Before Spring Security's filters (order -100), so that their 401 and 403 carry the header too. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> contentLanguageFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Language", acceptLanguage(request).toLanguageTag());
                response.addHeader("Vary", "Accept-Language");
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("contentLanguageFilter");
        return registration;
    }

    /** The API's requests in Accept-Language's language, the others in the visitor's. */
    static Locale of(HttpServletRequest request) {
        return isApi(request) ? acceptLanguage(request) : visitorLanguage(request);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    /** The best match of the request's Accept-Language; English without one. */
    static Locale acceptLanguage(HttpServletRequest request) {
        return Languages.bestMatch(request.getHeader("Accept-Language"));
    }

    /** The language a visitor chose with the switcher in this browser, else the best match of Accept-Language. */
    static Locale visitorLanguage(HttpServletRequest request) {
        return Languages.ofVisitor(request.getCookies(), request.getHeader("Accept-Language"));
    }
}
