package eu.skills4cities.citycert.security;

import java.time.Duration;
import java.util.Optional;

import eu.skills4cities.citycert.base.DatabaseBusy;

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
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            // the throttle's shared buckets live in the database too: no connection for them is no answer either,
            // and the sign-in fails as an authentication failure (the form's login page, Basic's 503), not a 500
            if (DatabaseBusy.isBusy(e)) {
                throw new InternalAuthenticationServiceException("No database connection for the sign-in", e);
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
