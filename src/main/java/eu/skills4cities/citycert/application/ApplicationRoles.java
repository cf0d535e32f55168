package eu.skills4cities.citycert.application;

import java.util.Optional;

import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import org.springframework.stereotype.Component;

/**
 * The one place that finds the role an application is judged against: as the application's
 * own framework version defines it, or, for an application submitted before frameworks were
 * versioned, as the role is published today.
 */
@Component
class ApplicationRoles {

    private final FrameworkCatalogue framework;

    ApplicationRoles(FrameworkCatalogue framework) {
        this.framework = framework;
    }

    /** Empty when the framework no longer knows the role (it is then named by its code). */
    Optional<PublishedRole> of(CertificationApplication application) {
        return application.frameworkVersion() == null
                ? framework.publishedRole(application.roleCode())
                : framework.role(application.frameworkVersion(), application.roleCode());
    }

    /** The role's title and, for a versioned application, its framework version in words. */
    RoleSummary summary(CertificationApplication application) {
        return of(application).map(p -> new RoleSummary(p.role().title(), application.frameworkVersion() == null ? ""
                        : p.frameworkCode() + " v" + p.versionNumber()
                        + (p.versionLabel() == null ? "" : " (" + p.versionLabel() + ")")))
                .orElse(new RoleSummary(application.roleCode(), ""));
    }

    record RoleSummary(String title, String version) {
    }
}
