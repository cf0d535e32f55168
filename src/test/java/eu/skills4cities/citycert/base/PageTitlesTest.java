package eu.skills4cities.citycert.base;

import java.util.List;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page names itself in the browser's tab (and for screen readers, WCAG 2.4.2): each route and
 * each error view has a {@code @PageTitle} or computes its title ({@link HasDynamicTitle}).
 */
class PageTitlesTest {

    @Test
    void every_route_and_error_view_has_a_page_title() {
        List<Class<?>> pages = pages();

        assertThat(pages).as("the scan finds the routes").hasSizeGreaterThan(30)
                .anySatisfy(page -> assertThat(page.getSimpleName()).isEqualTo("HomeView"));
        assertThat(pages).filteredOn(page -> !page.isAnnotationPresent(PageTitle.class)
                        && !HasDynamicTitle.class.isAssignableFrom(page))
                .as("pages without a title").isEmpty();
    }

    private static List<Class<?>> pages() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        return scanner.findCandidateComponents("eu.skills4cities.citycert").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        PageTitlesTest.class.getClassLoader()))
                // test-only views (the failing view of the error-handling test) are not pages people open
                .filter(page -> page.getProtectionDomain().getCodeSource() == null
                        || !page.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes"))
                .<Class<?>>map(page -> page).toList();
    }
}
