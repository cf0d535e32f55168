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
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The exam's scheme settings per role: read from the file, written by the export, checked on
 * import, and their defaults for files without them and for versions stored before they existed.
 */
@CityCertSpringTest
class ExamSchemeSettingsTest {

    private static final CurrentUser ADMIN = CurrentUser.of("exam-scheme-admin", Role.ADMIN);

    @Autowired
    FrameworkManagement frameworks;
    @Autowired
    FrameworkCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identities;

    private static String withExam(String settings) {
        return TestFrameworks.small().replace("renewalReminderDays: [60, 14]", "renewalReminderDays: [60, 14]\n"
                + settings);
    }

    @Test
    void the_settings_are_read_and_written_back_by_the_export() {
        String file = withExam("      examItemsPerElement: 8\n      examTimeLimitMinutes: 90\n"
                + "      examWindowDays: 45\n      examAttempts: 3");

        SchemeSettings scheme = FrameworkFileReader.read(file.getBytes(StandardCharsets.UTF_8)).roles().get(0).scheme();

        assertThat(List.of(scheme.examItemsPerElement(), scheme.examTimeLimitMinutes(), scheme.examWindowDays(),
                scheme.examAttempts())).containsExactly(8, 90, 45, 3);
        FrameworkDocument document = FrameworkFileReader.read(file.getBytes(StandardCharsets.UTF_8));
        byte[] export = FrameworkFileWriter.write(document);
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("examItemsPerElement: 8")
                .contains("examAttempts: 3");
        assertThat(FrameworkFileReader.read(export)).isEqualTo(document);
    }

    @Test
    void a_file_without_them_gets_the_defaults() {
        SchemeSettings scheme = FrameworkFileReader.read(TestFrameworks.small().getBytes(StandardCharsets.UTF_8))
                .roles().get(0).scheme();

        assertThat(List.of(scheme.examItemsPerElement(), scheme.examTimeLimitMinutes(), scheme.examWindowDays(),
                scheme.examAttempts())).containsExactly(10, 60, 30, 2);
    }

    @Test
    void values_out_of_range_are_refused_with_their_line() {
        String file = withExam("      examItemsPerElement: 0\n      examTimeLimitMinutes: 2\n"
                + "      examWindowDays: 400\n      examAttempts: 11");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> FrameworkFileReader.read(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(e.located()).extracting(p -> p.line() + " " + TestMessages.english(p.message())).containsExactly(
                "23 roles[0].scheme.examItemsPerElement must be between 1 and 100; it is 0.",
                "24 roles[0].scheme.examTimeLimitMinutes must be between 5 and 600; it is 2.",
                "25 roles[0].scheme.examWindowDays must be between 1 and 365; it is 400.",
                "26 roles[0].scheme.examAttempts must be between 1 and 10; it is 11.");
    }

    @Test
    void a_version_stored_before_the_settings_existed_gets_the_defaults() {
        String role = "TX" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        byte[] file = withExam("      examItemsPerElement: 8").replace("TEST-SMALL", "OLDX-" + role)
                .replace("TSTR", role).getBytes(StandardCharsets.UTF_8);
        FrameworkVersionInfo version = frameworks.importFile(ADMIN, "old.yaml", file);
        for (String key : List.of("examItemsPerElement", "examTimeLimitMinutes", "examWindowDays", "examAttempts")) {
            jdbc.sql("UPDATE framework_version SET content = content #- ('{roles,0,scheme,' || ? || '}')::text[] "
                    + "WHERE id = ?").params(key, version.id()).update();
        }
        UUID id = version.id();
        assertThat(jdbc.sql("SELECT content::text FROM framework_version WHERE id = ?").param(id)
                .query(String.class).single()).doesNotContain("examItemsPerElement", "examTimeLimitMinutes", "examWindowDays",
                "examAttempts");

        SchemeSettings scheme = catalogue.role(id, role).orElseThrow().role().scheme();

        assertThat(scheme.examItemsPerElement()).isEqualTo(SchemeSettings.DEFAULT_EXAM_ITEMS_PER_ELEMENT);
        assertThat(scheme.examTimeLimitMinutes()).isEqualTo(SchemeSettings.DEFAULT_EXAM_TIME_LIMIT_MINUTES);
        assertThat(scheme.examWindowDays()).isEqualTo(SchemeSettings.DEFAULT_EXAM_WINDOW_DAYS);
        assertThat(scheme.examAttempts()).isEqualTo(SchemeSettings.DEFAULT_EXAM_ATTEMPTS);
    }

    @Test
    void the_sample_framework_sets_them_and_exam_authors_have_their_engine_group() {
        SchemeSettings scheme = catalogue.publishedRole("SCPD").orElseThrow().role().scheme();

        assertThat(scheme.routes()).contains(AssessmentRoute.EXAM);
        assertThat(scheme.examItemsPerElement()).isEqualTo(4);
        assertThat(identities.createGroupQuery().groupId(Role.EXAM_AUTHOR.engineGroupId()).count()).isEqualTo(1);
        assertThat(Role.EXAM_AUTHOR.engineGroupId()).isEqualTo("exam-authors");
    }
}
