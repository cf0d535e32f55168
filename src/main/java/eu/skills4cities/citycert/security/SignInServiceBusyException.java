package eu.skills4cities.citycert.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A sign-in that could not be checked because no database connection was free (the pool was
 * exhausted): not a wrong password, and not an internal error either. Spring Security's login
 * filter logs an {@code InternalAuthenticationServiceException} at ERROR with its stack trace,
 * once per attempt; under the load that exhausts the pool that would be thousands of traces of
 * one known condition, so {@link ThrottledAuthenticationProvider} answers this instead and logs
 * one line. The cause is kept: {@code DatabaseBusy.isBusy} finds it, and the form's login page
 * says "Service busy", HTTP Basic answers 503.
 */
class SignInServiceBusyException extends AuthenticationServiceException {

    SignInServiceBusyException(Throwable cause) {
        super("No database connection for the sign-in", cause);
    }
}
