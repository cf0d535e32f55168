package eu.skills4cities.citycert.framework;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The framework file format: a valid file reads completely, every malformed file is
 * refused with each problem named by its path and line.
 */
class FrameworkFileReaderTest {

    private static String small() {
        return TestFrameworks.small();
    }

    @Test
    void a_valid_file_is_read_completely() {
        FrameworkDocument document = FrameworkFileReader.read(small().getBytes(StandardCharsets.UTF_8));

        assertThat(document.code()).isEqualTo("TEST-SMALL");
        assertThat(document.label()).isEqualTo("Test 1");
        assertThat(document.sample()).isFalse();
        RoleDefinition role = document.roles().get(0);
        assertThat(role.eqfLevel()).isEqualTo(5);
        assertThat(role.ecfCompetences()).containsExactly("E.2", "A.1");
        assertThat(role.scheme().passMarkPercent()).isEqualByComparingTo(new BigDecimal("70"));
        assertThat(role.scheme().renewalReminderDays()).containsExactly(60, 14);
        assertThat(role.unitsRequiredForCertificate()).isEqualTo(1);
        assertThat(role.units()).extracting(UnitDefinition::code).containsExactly("TSTR-U1", "TSTR-U2");
        assertThat(role.units().get(0).elements().get(0).criteria().get(1).description())
                .isEqualTo("The candidate can name the stakeholders: who, and why.");
    }

    @Test
    void a_missing_scheme_gets_the_default_rules() {
        String withoutScheme = small().replaceAll("(?s)    scheme:.*?renewalReminderDays: \\[60, 14\\]\\n", "");

        SchemeSettings scheme = FrameworkFileReader.read(withoutScheme.getBytes(StandardCharsets.UTF_8))
                .roles().get(0).scheme();

        assertThat(scheme).isEqualTo(SchemeSettings.defaults());
        assertThat(scheme.passMarkPercent()).isEqualByComparingTo("66.7");
        assertThat(scheme.validityMonths()).isEqualTo(24);
        assertThat(scheme.retakeWindowMonths()).isEqualTo(12);
        assertThat(scheme.recertificationYears()).isEqualTo(7);
    }

    @Test
    void the_renewal_settings_are_read_and_default_to_40_hours_1_unit_90_days() {
        SchemeSettings defaults = FrameworkFileReader.read(small().getBytes(StandardCharsets.UTF_8))
                .roles().get(0).scheme();
        assertThat(defaults.cpdHoursPerCycle()).isEqualTo(40);
        assertThat(defaults.cpdUnitsRequired()).isEqualTo(1);
        assertThat(defaults.renewalWindowDays()).isEqualTo(90);

        String set = small().replace("renewalReminderDays: [60, 14]",
                "renewalReminderDays: [60, 14]\n      cpdHoursPerCycle: 60\n      cpdUnitsRequired: 2\n      renewalWindowDays: 120");
        SchemeSettings scheme = FrameworkFileReader.read(set.getBytes(StandardCharsets.UTF_8)).roles().get(0).scheme();
        assertThat(scheme.cpdHoursPerCycle()).isEqualTo(60);
        assertThat(scheme.cpdUnitsRequired()).isEqualTo(2);
        assertThat(scheme.renewalWindowDays()).isEqualTo(120);
        assertThat(FrameworkFileReader.read(FrameworkFileWriter.write(FrameworkFileReader.read(
                set.getBytes(StandardCharsets.UTF_8)))).roles().get(0).scheme()).as("exported and read back")
                .isEqualTo(scheme);

        assertThat(refused(small().replace("renewalReminderDays: [60, 14]",
                "renewalReminderDays: [60, 14]\n      cpdUnitsRequired: 3"))).singleElement().asString()
                .endsWith("roles[0].scheme.cpdUnitsRequired is 3, but the role has only 2 units.");
    }

    // --- malformed files: each refused with a clear message at the right place ---------

    @Test
    void an_empty_file() {
        assertRefused("", problem("", null, "The file is empty."));
        assertRefused("# only a comment\n", problem("", null, "The file is empty."));
    }

    @Test
    void a_file_that_is_not_yaml() {
        List<String> problems = refused("format: citycert-framework/1\nframework: [unclosed\n");
        assertThat(problems).singleElement().asString().startsWith("line 3: : The file is not valid YAML");
    }

    @Test
    void a_binary_file() {
        byte[] binary = {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF};
        assertThatThrownBy(() -> FrameworkFileReader.read(binary))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.located().get(0).message())).isEqualTo("The file is not UTF-8 text."));
    }

    @Test
    void a_wrong_format_marker() {
        assertRefused(small().replace("citycert-framework/1", "citycert-framework/0"),
                problem("format", 2, "The format must be \"citycert-framework/1\"; this file says \"citycert-framework/0\"."));
    }

    @Test
    void a_top_level_list_instead_of_fields() {
        assertRefused("- one\n- two\n", problem("", 1, "The document must be a set of fields (key: value)."));
    }

    @Test
    void a_missing_required_field() {
        assertRefused(small().replace("  title: Small test framework\n", ""),
                problem("framework.title", null, "framework.title is required."));
    }

    @Test
    void a_misspelt_field() {
        assertRefused(small().replace("    eqfLevel: 5", "    eqfLevel: 5\n    eqflevel: 5"),
                problem("roles[0].eqflevel", 13, "roles[0].eqflevel is not a known field."));
    }

    @Test
    void a_number_that_is_text() {
        assertRefused(small().replace("eqfLevel: 5", "eqfLevel: five"),
                problem("roles[0].eqfLevel", 12, "roles[0].eqfLevel must be a whole number; it is \"five\"."));
    }

    @Test
    void an_eqf_level_out_of_range() {
        assertRefused(small().replace("eqfLevel: 5", "eqfLevel: 9"),
                problem("roles[0].eqfLevel", 12, "roles[0].eqfLevel must be between 1 and 8; it is 9."));
    }

    @Test
    void a_badly_formed_code() {
        assertRefused(small().replace("code: TSTR-U2\n", "code: tstr u2\n"),
                problem("roles[0].units[1].code", 38,
                        "roles[0].units[1].code \"tstr u2\" is not a valid code: use capital letters, digits and dashes."));
    }

    @Test
    void a_code_used_twice_names_both_places() {
        assertRefused(small().replace("code: TSTR-U2\n", "code: TSTR-U1\n"),
                problem("roles[0].units[1].code", 38, "roles[0].units[1].code: the code \"TSTR-U1\" is already used at line 24."));
    }

    @Test
    void a_role_without_units() {
        String noUnits = small().substring(0, small().indexOf("    units:")) + "    units: []\n";
        assertRefused(noUnits, problem("roles[0].units", 23, "roles[0].units must have at least one entry."));
    }

    @Test
    void scheme_rules_out_of_bounds() {
        String bad = small().replace("routes: [PORTFOLIO]", "routes: [PORTFOLIO, INTERVIEW]")
                .replace("passMarkPercent: 70", "passMarkPercent: 120")
                .replace("unitsRequired: 1", "unitsRequired: 3");
        assertThat(refused(bad)).containsExactly(
                "line 16: roles[0].scheme.routes: roles[0].scheme.routes: \"INTERVIEW\" is not an assessment route; use EXAM or PORTFOLIO.",
                "line 17: roles[0].scheme.passMarkPercent: roles[0].scheme.passMarkPercent must be more than 0 and at most 100; it is 120.",
                "line 18: roles[0].scheme.unitsRequired: roles[0].scheme.unitsRequired is 3, but the role has only 2 units.");
    }

    @Test
    void references_that_are_not_uris_or_ecf_codes() {
        String bad = small().replace("http://data.europa.eu/esco/occupation/example", "esco:example")
                .replace("[E.2, A.1]", "[E.2, Z.9, E.2]");
        assertThat(refused(bad)).containsExactly(
                "line 13: roles[0].escoOccupation: roles[0].escoOccupation must be an http:// or https:// address.",
                "line 14: roles[0].ecfCompetences: roles[0].ecfCompetences: \"Z.9\" is not an e-CF competence reference such as \"E.2\".",
                "line 14: roles[0].ecfCompetences: roles[0].ecfCompetences: \"E.2\" is listed twice.");
    }

    @Test
    void a_title_that_is_too_long() {
        assertRefused(small().replace("title: Planning", "title: " + "P".repeat(201)),
                problem("roles[0].units[0].title", 25, "roles[0].units[0].title has 201 characters; at most 200 are allowed."));
    }

    @Test
    void every_problem_of_a_file_is_listed_at_once() {
        String bad = small().replace("eqfLevel: 5", "eqfLevel: 0").replace("code: TSTR-U1-E1-C2", "code: TSTR-U1-E1-C1")
                .replace("  description: Two units of one role, for tests.\n", "");
        assertThat(refused(bad)).hasSize(3);
    }

    @Test
    void a_file_too_large_is_refused_before_it_is_parsed() {
        byte[] huge = new byte[FrameworkFileReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> FrameworkFileReader.read(huge))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.located().get(0).message())).startsWith("The file has 2097153 bytes"));
    }

    @Test
    void a_billion_laughs_file_is_refused() {
        StringBuilder yaml = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(previous).append(",*").append(previous)
                    .append(",*").append(previous).append(",*").append(previous).append("]\n");
        }
        assertThat(refused(yaml.toString())).singleElement().asString().contains("not valid YAML");
    }

    private static String problem(String path, Integer line, String message) {
        return (line == null ? "" : "line " + line + ": ") + path + ": " + message;
    }

    private static void assertRefused(String file, String expected) {
        assertThat(refused(file)).containsExactly(expected);
    }

    /** The problems as "line N: path: message" (English). */
    private static List<String> refused(String file) {
        try {
            FrameworkFileReader.read(file.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            return e.located().stream()
                    .map(p -> problem(p.path(), p.line(), TestMessages.english(p.message()))).toList();
        }
        throw new AssertionError("The file was accepted");
    }
}
