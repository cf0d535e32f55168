package eu.skills4cities.citycert.framework;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The scheme's {@code portfolioUnits} (route exam and portfolio: the units the assessor scores, the exam scoring
 * the others): read, written back by the export, checked on import with the line of each problem, and empty for
 * files and stored versions without it.
 */
@CityCertSpringTest
class PortfolioUnitsSettingTest {

    private static final CurrentUser ADMIN = CurrentUser.of("portfolio-units-admin", Role.ADMIN);

    @Autowired
    FrameworkManagement frameworks;
    @Autowired
    FrameworkCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;

    /** The small test framework (two units) with the given routes and, after line 22, the given settings. */
    private static String file(String routes, String settings) {
        return TestFrameworks.small().replace("routes: [PORTFOLIO]", "routes: " + routes)
                .replace("renewalReminderDays: [60, 14]", "renewalReminderDays: [60, 14]\n" + settings);
    }

    private static byte[] bytes(String file) {
        return file.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_units_are_read_and_written_back_by_the_export() {
        FrameworkDocument document = FrameworkFileReader.read(bytes(file("[EXAM, PORTFOLIO]",
                "      portfolioUnits: [TSTR-U2]")));

        SchemeSettings scheme = document.roles().get(0).scheme();
        assertThat(scheme.portfolioUnits()).containsExactly("TSTR-U2");
        assertThat(scheme.portfolioCovers("TSTR-U2")).isTrue();
        assertThat(scheme.portfolioCovers("TSTR-U1")).isFalse();
        byte[] export = FrameworkFileWriter.write(document);
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("portfolioUnits:").contains("- TSTR-U2");
        assertThat(FrameworkFileReader.read(export)).isEqualTo(document);
    }

    @Test
    void without_them_the_portfolio_covers_every_unit_and_the_export_leaves_them_out() {
        FrameworkDocument document = FrameworkFileReader.read(bytes(file("[EXAM, PORTFOLIO]", "")));

        SchemeSettings scheme = document.roles().get(0).scheme();
        assertThat(scheme.portfolioUnits()).isEmpty();
        assertThat(scheme.portfolioCovers("TSTR-U1")).isTrue();
        assertThat(new String(FrameworkFileWriter.write(document), StandardCharsets.UTF_8))
                .doesNotContain("portfolioUnits");
    }

    @Test
    void an_unknown_unit_and_a_unit_named_twice_are_refused_with_their_lines_and_nothing_is_imported() {
        String file = file("[EXAM, PORTFOLIO]", "      portfolioUnits:\n        - TSTR-U9\n        - TSTR-U1\n"
                + "        - TSTR-U1").replace("TEST-SMALL", "PU-UNKNOWN");
        long versions = versions();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> frameworks.importFile(ADMIN, "portfolio-units.yaml", bytes(file)));

        assertThat(e.located()).extracting(p -> p.line() + " " + TestMessages.english(p.message())).containsExactly(
                "24 roles[0].scheme.portfolioUnits: \"TSTR-U9\" is not a unit of this role.",
                "26 roles[0].scheme.portfolioUnits: \"TSTR-U1\" is listed twice.");
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void portfolio_units_on_a_role_whose_routes_are_not_both_are_refused_with_their_line() {
        for (String routes : List.of("[PORTFOLIO]", "[EXAM]")) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> FrameworkFileReader.read(bytes(file(routes, "      portfolioUnits: [TSTR-U1]"))));

            assertThat(e.located()).as(routes).extracting(p -> p.line() + " " + TestMessages.english(p.message()))
                    .containsExactly("23 roles[0].scheme.portfolioUnits: only a role whose routes are both EXAM and "
                            + "PORTFOLIO names the units its portfolio covers.");
        }
    }

    @Test
    void a_version_stored_before_the_setting_existed_covers_every_unit() {
        String role = "PU" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        byte[] file = bytes(file("[EXAM, PORTFOLIO]", "      portfolioUnits: [TSTR-U2]")
                .replace("TEST-SMALL", "OLDPU-" + role).replace("TSTR", role));
        UUID id = frameworks.importFile(ADMIN, "old.yaml", file).id();
        assertThat(catalogue.role(id, role).orElseThrow().role().scheme().portfolioUnits())
                .containsExactly(role + "-U2");
        jdbc.sql("UPDATE framework_version SET content = content #- '{roles,0,scheme,portfolioUnits}' WHERE id = ?")
                .param(id).update();

        SchemeSettings scheme = catalogue.role(id, role).orElseThrow().role().scheme();

        assertThat(scheme.portfolioUnits()).isEmpty();
        assertThat(scheme.portfolioCovers(role + "-U1")).isTrue();
    }

    @Test
    void in_the_sample_framework_the_portfolio_of_scpd_covers_its_document_units() {
        SchemeSettings scheme = catalogue.publishedRole("SCPD").orElseThrow().role().scheme();

        assertThat(scheme.routes()).contains(AssessmentRoute.EXAM, AssessmentRoute.PORTFOLIO);
        assertThat(scheme.portfolioUnits()).containsExactly("SCPD-U3", "SCPD-U5");
    }

    private long versions() {
        return jdbc.sql("SELECT count(*) FROM framework_version").query(Long.class).single();
    }
}
