package eu.skills4cities.citycert.security;

import java.time.Duration;
import java.util.Optional;

import eu.skills4cities.citycert.base.DatabaseBusy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password, for the form login and HTTP Basic alike, checked against the
 * account table only while the {@link LoginThrottle} allows another attempt for the account
 * and the client address. Being the only {@link AuthenticationProvider} bean, it is the one
 * Spring Security's authentication manager uses.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                    LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        try {
            return throttled(authentication, username, address);
        } catch (RuntimeException e) {
            // no connection for the account's row (the password check wraps that in an internal error) or for the
            // throttle's shared buckets (they live in the database too) is no answer: the sign-in fails as an
            // authentication failure (the form's login page, Basic's 503), neither a wrong password nor a 500
            if (DatabaseBusy.isBusy(e)) {
                Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
                log.warn("A sign-in was not checked: no database connection was free ({}: {})",
                        root.getClass().getSimpleName(), root.getMessage());
                throw new SignInServiceBusyException(e);
            }
            throw e;
        }
    }

    private Authentication throttled(Authentication authentication, String username, String address) {
        Optional<Duration> wait = throttle.waitBefore(username, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (InternalAuthenticationServiceException e) {
            // the account table could not be read: not the caller's failure
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
