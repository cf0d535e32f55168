package eu.skills4cities.citycert.framework;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing, publishing, retiring, exporting and comparing framework versions on the real database. */
@CityCertSpringTest
class FrameworkManagementTest {

    private static final CurrentUser ADMIN = CurrentUser.of("framework-admin", Role.ADMIN);

    @Autowired
    FrameworkManagement frameworks;
    @Autowired
    FrameworkCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;

    /** The small test framework under a code of its own, so tests do not share versions. */
    private static byte[] file(String frameworkCode, String roleCode) {
        return TestFrameworks.small().replace("TEST-SMALL", frameworkCode).replace("TSTR", roleCode)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void an_import_creates_a_draft_and_a_second_import_a_new_version_never_an_overwrite() {
        String code = unique("IMP");
        FrameworkVersionInfo first = frameworks.importFile(ADMIN, "small.yaml", file(code, unique("R")));
        FrameworkVersionInfo second = frameworks.importFile(ADMIN, "small-v2.yaml", file(code, unique("R")));

        assertThat(first.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(first.versionNumber()).isEqualTo(1);
        assertThat(second.versionNumber()).isEqualTo(2);
        assertThat(second.sourceFileName()).isEqualTo("small-v2.yaml");
        assertThat(frameworks.document(ADMIN, first.id())).isNotEqualTo(frameworks.document(ADMIN, second.id()));
        assertThat(frameworks.versions(ADMIN)).extracting(FrameworkVersionInfo::id).contains(first.id(), second.id());
    }

    @Test
    void an_invalid_file_stores_nothing() {
        String code = unique("BAD");
        byte[] bad = new String(file(code, "BADR"), StandardCharsets.UTF_8).replace("eqfLevel: 5", "eqfLevel: 12")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> frameworks.importFile(ADMIN, "bad.yaml", bad))
                .isInstanceOf(InvalidInputException.class);
        assertThat(frameworks.exists(code)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM framework_version v JOIN framework f ON f.id = v.framework "
                + "WHERE f.code = ?").param(code).query(Long.class).single()).isZero();
    }

    /** Ten different ways to get a file wrong: each is refused and leaves no trace in the database. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void a_malformed_file_is_refused_with_a_message_and_nothing_is_stored(String what, String file) {
        long versionsBefore = jdbc.sql("SELECT count(*) FROM framework_version").query(Long.class).single();
        long frameworksBefore = jdbc.sql("SELECT count(*) FROM framework").query(Long.class).single();

        assertThatThrownBy(() -> frameworks.importFile(ADMIN, "bad.yaml", file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.located())
                        .isNotEmpty()
                        .allSatisfy(p -> assertThat(TestMessages.english(p.message())).isNotBlank()
                                .doesNotContain("{").doesNotContain("import.")));

        assertThat(jdbc.sql("SELECT count(*) FROM framework_version").query(Long.class).single()).isEqualTo(versionsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM framework").query(Long.class).single()).isEqualTo(frameworksBefore);
    }

    static Stream<Arguments> malformedFiles() {
        String good = TestFrameworks.small().replace("TEST-SMALL", "NEVER-STORED");
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("not YAML", "roles: [unclosed"),
                Arguments.of("wrong format", good.replace("citycert-framework/1", "something-else")),
                Arguments.of("list at the top", "- a\n- b\n"),
                Arguments.of("missing title", good.replace("  title: Small test framework\n", "")),
                Arguments.of("unknown field", good.replace("eqfLevel: 5", "eqfLevel: 5\n    level: 5")),
                Arguments.of("text for a number", good.replace("eqfLevel: 5", "eqfLevel: high")),
                Arguments.of("EQF out of range", good.replace("eqfLevel: 5", "eqfLevel: 0")),
                Arguments.of("duplicate unit code", good.replace("code: TSTR-U2\n", "code: TSTR-U1\n")),
                Arguments.of("bad route", good.replace("routes: [PORTFOLIO]", "routes: [ORAL]")),
                Arguments.of("pass mark over 100", good.replace("passMarkPercent: 70", "passMarkPercent: 101")),
                Arguments.of("no criteria", good.replaceAll("(?s)(            criteria:)\n(              - code: TSTR-U2-E1-C1.*)",
                        "$1 []\n")));
    }

    @Test
    void a_published_version_never_changes_even_by_direct_sql() {
        FrameworkVersionInfo draft = frameworks.importFile(ADMIN, "small.yaml", file(unique("IMM"), unique("R")));
        FrameworkVersionInfo published = frameworks.publish(ADMIN, draft.id());
        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("framework-admin");

        assertThatThrownBy(() -> jdbc.sql("UPDATE framework_version SET content = '{}'::jsonb WHERE id = ?")
                .param(draft.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("UPDATE framework_version SET label = 'edited' WHERE id = ?")
                .param(draft.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM framework_version WHERE id = ?").param(draft.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> jdbc.sql("UPDATE framework_version SET status = 'DRAFT' WHERE id = ?")
                .param(draft.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot go from PUBLISHED to DRAFT");
        assertThatThrownBy(() -> frameworks.publish(ADMIN, draft.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(
                        TestMessages.english(e.reason())).endsWith("is PUBLISHED; only a draft can be published."));
        assertThat(frameworks.document(ADMIN, draft.id()).label()).isEqualTo("Test 1");
    }

    @Test
    void publishing_a_new_version_changes_no_past_record() {
        String code = unique("PAST");
        String role = unique("R");
        FrameworkVersionInfo v1 = frameworks.publish(ADMIN, frameworks.importFile(ADMIN, "v1.yaml", file(code, role)).id());
        byte[] changed = new String(file(code, role), StandardCharsets.UTF_8).replace("title: Test Role", "title: Renamed Role")
                .getBytes(StandardCharsets.UTF_8);
        FrameworkVersionInfo v2 = frameworks.publish(ADMIN, frameworks.importFile(ADMIN, "v2.yaml", changed).id());

        assertThat(catalogue.role(v1.id(), role)).hasValueSatisfying(r -> assertThat(r.role().title()).isEqualTo("Test Role"));
        assertThat(catalogue.role(v2.id(), role)).hasValueSatisfying(r -> assertThat(r.role().title()).isEqualTo("Renamed Role"));
        assertThat(catalogue.publishedRole(role)).hasValueSatisfying(r -> {
            assertThat(r.versionId()).isEqualTo(v2.id());
            assertThat(r.role().title()).isEqualTo("Renamed Role");
        });
    }

    @Test
    void retiring_takes_a_version_out_of_the_catalogue_and_only_published_versions_retire() {
        String role = unique("R");
        FrameworkVersionInfo draft = frameworks.importFile(ADMIN, "small.yaml", file(unique("RET"), role));
        assertThatThrownBy(() -> frameworks.retire(ADMIN, draft.id())).isInstanceOf(RefusedException.class);
        frameworks.publish(ADMIN, draft.id());
        assertThat(catalogue.publishedRole(role)).isPresent();

        FrameworkVersionInfo retired = frameworks.retire(ADMIN, draft.id());

        assertThat(retired.status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(catalogue.publishedRole(role)).isEmpty();
        assertThat(catalogue.role(draft.id(), role)).as("past records still find it").isPresent();
    }

    @Test
    void a_role_code_cannot_be_published_by_two_frameworks() {
        String role = unique("R");
        frameworks.publish(ADMIN, frameworks.importFile(ADMIN, "a.yaml", file(unique("ONE"), role)).id());
        FrameworkVersionInfo other = frameworks.importFile(ADMIN, "b.yaml", file(unique("TWO"), role));

        assertThatThrownBy(() -> frameworks.publish(ADMIN, other.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(
                        TestMessages.english(e.reason())).startsWith("The role code " + role + " is already published"));
    }

    @Test
    void an_export_imports_to_an_equal_framework() {
        FrameworkVersionInfo original = frameworks.importFile(ADMIN, "small.yaml", file(unique("RT"), unique("R")));
        byte[] exported = frameworks.export(ADMIN, original.id());

        FrameworkVersionInfo reimported = frameworks.importFile(ADMIN, "export.yaml", exported);

        assertThat(reimported.versionNumber()).isEqualTo(2);
        assertThat(frameworks.document(ADMIN, reimported.id())).isEqualTo(frameworks.document(ADMIN, original.id()));
        assertThat(frameworks.compare(ADMIN, original.id(), reimported.id())).isEmpty();
    }

    @Test
    void comparing_two_versions_lists_what_was_added_removed_and_changed() {
        String code = unique("CMP");
        String role = unique("R");
        String v1 = new String(file(code, role), StandardCharsets.UTF_8);
        String removedCriterion = "              - code: %s-U1-E1-C2\n".formatted(role)
                + "                title: Stakeholders\n"
                + "                description: \"The candidate can name the stakeholders: who, and why.\"\n";
        String existingCriterion = "              - code: %s-U2-E1-C1\n".formatted(role);
        String addedCriterion = "              - code: %s-U2-E1-C2\n".formatted(role)
                + "                title: Risks\n"
                + "                description: The candidate can report the main risks.\n";
        assertThat(v1).contains(removedCriterion, existingCriterion);
        String v2 = v1.replace("title: Scope\n", "title: Scope and goals\n")
                .replace("eqfLevel: 5", "eqfLevel: 6")
                .replace(removedCriterion, "")
                .replace(existingCriterion, addedCriterion + existingCriterion);
        UUID from = frameworks.importFile(ADMIN, "v1.yaml", v1.getBytes(StandardCharsets.UTF_8)).id();
        UUID to = frameworks.importFile(ADMIN, "v2.yaml", v2.getBytes(StandardCharsets.UTF_8)).id();

        List<FrameworkChange> changes = frameworks.compare(ADMIN, from, to);

        assertThat(changes).extracting(FrameworkChange::kind, FrameworkChange::level, FrameworkChange::path,
                FrameworkChange::fields).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(FrameworkChange.Kind.CHANGED, FrameworkChange.Level.ROLE, role, "eqfLevel"),
                org.assertj.core.groups.Tuple.tuple(FrameworkChange.Kind.CHANGED, FrameworkChange.Level.ELEMENT,
                        role + " / " + role + "-U1 / " + role + "-U1-E1", "title"),
                org.assertj.core.groups.Tuple.tuple(FrameworkChange.Kind.REMOVED, FrameworkChange.Level.CRITERION,
                        role + " / " + role + "-U1 / " + role + "-U1-E1 / " + role + "-U1-E1-C2", ""),
                org.assertj.core.groups.Tuple.tuple(FrameworkChange.Kind.ADDED, FrameworkChange.Level.CRITERION,
                        role + " / " + role + "-U2 / " + role + "-U2-E1 / " + role + "-U2-E1-C2", ""));
    }

    @Test
    void only_administrators_change_frameworks_and_candidates_read_none() {
        CurrentUser auditor = CurrentUser.of("auditor-x", Role.AUDITOR);
        CurrentUser candidate = CurrentUser.of("candidate-x", Role.CANDIDATE);

        assertThatThrownBy(() -> frameworks.importFile(auditor, "x.yaml", file(unique("AUD"), "AUDR")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(frameworks.versions(auditor)).isNotEmpty();
        assertThatThrownBy(() -> frameworks.versions(candidate)).isInstanceOf(AccessDeniedException.class);
    }
}
