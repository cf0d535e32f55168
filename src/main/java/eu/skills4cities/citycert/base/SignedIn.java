package eu.skills4cities.citycert.base;

import java.security.Principal;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;

/**
 * Who is signed in, as the request that is being served says: the same answer Vaadin's view access
 * control reads ({@code getUserPrincipal}, null for an anonymous visitor). The shell and the public
 * pages ask here rather than Spring's {@code AuthenticationContext}, which reads the process-wide
 * security context holder: with two application contexts in one JVM (the tests' shared context and
 * the journeys' server) that holder may be the other context's, and a signed-in person was shown the
 * visitors' front door.
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** The signed-in user's name, or empty for a visitor (or outside a request). */
    public static Optional<String> name() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        return Optional.ofNullable(principal).map(Principal::getName);
    }

    public static boolean isSignedIn() {
        return name().isPresent();
    }
}
