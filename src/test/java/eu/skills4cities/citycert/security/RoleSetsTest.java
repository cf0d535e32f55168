package eu.skills4cities.citycert.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The role sets of access rules are named once, in {@link Role}, and the views spell out only those. */
class RoleSetsTest {

    @Test
    void the_named_sets_say_who_reads_and_who_works() {
        assertThat(Role.TASK_WORKERS).containsExactlyInAnyOrder(Role.REVIEWER, Role.ASSESSOR,
                Role.CERTIFICATION_OFFICER);
        assertThat(Role.INBOX_USERS).containsExactlyInAnyOrder(Role.REVIEWER, Role.ASSESSOR,
                Role.CERTIFICATION_OFFICER, Role.APPEALS_PANEL);
        assertThat(Role.AUDITORS).containsExactlyInAnyOrder(Role.AUDITOR, Role.ADMIN);
        assertThat(Role.CERTIFICATE_READERS).containsExactlyInAnyOrder(Role.CERTIFICATION_OFFICER, Role.AUDITOR,
                Role.ADMIN);
        assertThat(Role.FRAMEWORK_READERS).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
        assertThat(Role.REPORT_READERS).containsExactlyInAnyOrder(Role.CERTIFICATION_OFFICER, Role.AUDITOR,
                Role.ADMIN);
        assertThat(Role.ASSESSOR_CONSISTENCY_READERS).containsExactlyInAnyOrder(Role.CERTIFICATION_OFFICER,
                Role.AUDITOR);
        assertThat(Role.CASE_RECORD_READERS).containsExactlyInAnyOrder(Role.REVIEWER, Role.ASSESSOR,
                Role.CERTIFICATION_OFFICER, Role.AUDITOR, Role.ADMIN, Role.APPEALS_PANEL);
    }

    @Test
    void the_named_sets_cannot_be_changed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Role.TASK_WORKERS.add(Role.CANDIDATE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_user_holds_a_set_when_they_hold_one_of_its_roles() {
        assertThat(CurrentUser.of("o", Role.CERTIFICATION_OFFICER).hasAnyOf(Role.CERTIFICATE_READERS)).isTrue();
        assertThat(CurrentUser.of("c", Role.CANDIDATE).hasAnyOf(Role.CERTIFICATE_READERS)).isFalse();
        assertThat(CurrentUser.of("n").hasAnyOf(Role.AUDITORS)).isFalse();
    }

    @Test
    void every_view_that_admits_several_roles_admits_one_of_the_named_sets() throws Exception {
        List<Set<Role>> named = List.of(Role.TASK_WORKERS, Role.INBOX_USERS, Role.AUDITORS, Role.CERTIFICATE_READERS,
                Role.FRAMEWORK_READERS, Role.REPORT_READERS, Role.CASE_RECORD_READERS, EnumSet.allOf(Role.class));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RolesAllowed.class));
        Set<BeanDefinition> views = scanner.findCandidateComponents("eu.skills4cities.citycert");
        assertThat(views).hasSizeGreaterThan(5);
        int several = 0;
        for (BeanDefinition view : views) {
            Class<?> type = ClassUtils.forName(view.getBeanClassName(), getClass().getClassLoader());
            Set<Role> roles = Arrays.stream(type.getAnnotation(RolesAllowed.class).value()).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            if (roles.size() > 1) {
                several++;
                assertThat(named).as(type.getSimpleName() + " admits " + roles).contains(roles);
            }
        }
        assertThat(several).isGreaterThanOrEqualTo(4);
    }
}
