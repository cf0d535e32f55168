package eu.skills4cities.citycert.application;

import java.util.List;

import eu.skills4cities.citycert.framework.AssessmentRoute;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the certification process routes by the roles' exam route ({@code citycert.exam.route-enabled}, on by
 * default). Off, the process is given each role's routes without EXAM, so every application is assessed by
 * portfolio as before exams existed: for a body whose item bank is not approved yet.
 *
 * @param routeEnabled whether a role's EXAM route sends its applications to "Sit the exam"
 */
@ConfigurationProperties("citycert.exam")
public record ExamRouteProperties(@DefaultValue("true") boolean routeEnabled) {

    /** The routes the process is given for a scheme's routes: the same, without EXAM while the route is off. */
    List<AssessmentRoute> processRoutes(List<AssessmentRoute> schemeRoutes) {
        return schemeRoutes.stream().filter(route -> routeEnabled || route != AssessmentRoute.EXAM).toList();
    }
}
