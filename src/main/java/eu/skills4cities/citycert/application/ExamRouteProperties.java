package eu.skills4cities.citycert.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the certification process routes by the roles' exam route ({@code citycert.exam.route-enabled}, on by
 * default). Off, the process is given each role's routes without EXAM, so every application is assessed by
 * portfolio as before exams existed: for a body whose item bank is not approved yet, and for the tests written
 * before exams, which walk the sample roles (routes PORTFOLIO and EXAM) through portfolio assessment.
 *
 * @param routeEnabled whether a role's EXAM route sends its applications to "Sit the exam"
 */
@ConfigurationProperties("citycert.exam")
public record ExamRouteProperties(@DefaultValue("true") boolean routeEnabled) {
}
