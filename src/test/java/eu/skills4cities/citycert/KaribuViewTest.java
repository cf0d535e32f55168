package eu.skills4cities.citycert;

import java.security.Principal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Views tested without a browser (Karibu-Testing) inside the real application context.
 * Vaadin's view access control reads the user from the servlet request; the fake request
 * here answers from Spring Security's context, so {@link #signIn} is all a test needs.
 */
@CityCertSpringTest
public abstract class KaribuViewTest {

    private static final Routes ROUTES = discoverRoutes();
    private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestAccounts accounts;
    /** The application's strategy (Vaadin's): the static holder may belong to another test context. */
    @Autowired
    protected SecurityContextHolderStrategy securityContexts;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    Authentication authentication = securityContexts.getContext().getAuthentication();
                    return authentication == null || TRUST.isAnonymous(authentication) ? null : authentication;
                }
            };
            request.setUserInRole((principal, role) -> principal instanceof Authentication authentication
                    && authentication.getAuthorities().stream()
                    .anyMatch(granted -> ("ROLE_" + role).equals(granted.getAuthority())));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        securityContexts.clearContext();
    }

    /**
     * Karibu's own discovery sees public classes only; our views are package-private, so
     * Spring's scanner finds them, and Karibu adds its error views.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("eu.skills4cities.citycert");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("eu.skills4cities.citycert")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), KaribuViewTest.class.getClassLoader()));
        }
        return routes;
    }

    protected void signIn(CurrentUser user) {
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.username(), null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
    }

    protected void signOut() {
        securityContexts.clearContext();
    }
}
