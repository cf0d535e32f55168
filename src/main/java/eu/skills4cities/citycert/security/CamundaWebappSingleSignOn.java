package eu.skills4cities.citycert.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signs CityCert users into the Camunda webapps (Cockpit, Admin, Tasklist) with the
 * account they used for CityCert: the webapps ask this provider instead of showing their
 * own login. Spring Security has already authenticated the request and required ADMIN
 * for {@code /camunda/**} (see {@link SecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOnFilter(CurrentUserProvider users) {
        AuthenticationProvider provider = new SpringSecurityAuthenticationProvider(users);
        ContainerBasedAuthenticationFilter filter = new ContainerBasedAuthenticationFilter() {
            @Override
            public void init(FilterConfig filterConfig) {
                // the provider is a plain object we hand over, not a class name to instantiate
                this.authenticationProvider = provider;
            }
        };
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("citycertCamundaSingleSignOn");
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        // after Spring Security's filter (order -100), before Camunda's own authentication filter
        registration.setOrder(0);
        return registration;
    }

    /** Hands the user Spring Security authenticated, with their engine groups, to the webapps. */
    static class SpringSecurityAuthenticationProvider implements AuthenticationProvider {

        private final CurrentUserProvider users;

        SpringSecurityAuthenticationProvider(CurrentUserProvider users) {
            this.users = users;
        }

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            return users.find().map(user -> {
                AuthenticationResult result = AuthenticationResult.successful(user.username());
                result.setGroups(user.engineGroups());
                return result;
            }).orElseGet(AuthenticationResult::unsuccessful);
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security sends unauthenticated visitors to CityCert's login page
        }
    }
}
