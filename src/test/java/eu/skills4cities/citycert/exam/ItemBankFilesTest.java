package eu.skills4cities.citycert.exam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.LocatedProblem;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static eu.skills4cities.citycert.exam.TestItems.freshCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The item bank file (docs/item-bank-format.md): a good file imports as drafts; a malformed one
 * lists every problem with its line and imports nothing; an export reads back to the same items;
 * the documented JSON Schema agrees.
 */
@CityCertSpringTest
class ItemBankFilesTest {

    @Autowired
    ItemBankFiles files;
    @Autowired
    ItemBank bank;
    @Autowired
    ItemRules rules;
    @Autowired
    TestAccounts accounts;

    CurrentUser author;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        author = accounts.create(Role.EXAM_AUTHOR);
        first = freshCode();
        second = freshCode();
    }

    /** Two good items, each line known: item 1 starts on line 4, item 2 on line 17. */
    private String file() {
        return """
                format: citycert-item-bank/1
                items:
                  # the first item
                  - code: %s
                    role: SCPD
                    unit: SCPD-U1
                    element: SCPD-U1-E1
                    difficulty: EASY
                    stem: Which is a smart city domain?
                    options:
                      - text: Mobility
                        correct: true
                      - text: Heraldry
                      - text: Astrology
                    explanation: Mobility is a smart city domain.
                  # the second item
                  - code: %s
                    role: SCPD
                    unit: SCPD-U2
                    element: SCPD-U2-E1
                    difficulty: HARD
                    stem: Which groups belong in a stakeholder map?
                    options:
                      - text: Public authorities
                        correct: true
                      - text: Civil society
                        correct: true
                      - text: Nobody
                    explanation: The quadruple helix.
                """.formatted(first, second);
    }

    @Test
    void a_good_file_imports_every_item_as_a_draft_of_the_importer() {
        List<ExamItem> imported = files.importFile(author, "bank.yaml", bytes(file()));

        assertThat(imported).extracting(ExamItem::code, ExamItem::status, ExamItem::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, ItemStatus.DRAFT, 1),
                        org.assertj.core.groups.Tuple.tuple(second, ItemStatus.DRAFT, 1));
        assertThat(imported.get(1).multipleChoice()).isTrue();
        assertThat(imported).allSatisfy(item -> {
            assertThat(item.createdBy()).isEqualTo(author.username());
            assertThat(item.sample()).isFalse();
        });
    }

    @Test
    void bad_yaml_is_refused_with_its_line() {
        assertThat(problems(file().replace("    stem: Which is a smart city domain?", "    stem: [unclosed")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(10);
                    assertThat(TestMessages.english(p.message())).startsWith("The file is not valid YAML");
                });
        assertThat(problems("")).extracting(p -> TestMessages.english(p.message()))
                .containsExactly("The file is empty.");
    }

    @Test
    void missing_fields_unknown_elements_and_duplicate_codes_are_each_listed_with_their_line() {
        String broken = file()
                .replace("    difficulty: EASY\n", "")
                .replace("    element: SCPD-U2-E1", "    element: SCPD-U2-E9")
                .replace("  - code: " + second, "  - code: " + first);

        assertThat(lines(broken)).containsExactly(
                "4: items[0].difficulty: items[0].difficulty is required.",
                "19: items[1].element: items[1].element: no published framework has element SCPD-U2-E9 in unit "
                        + "SCPD-U2 of role SCPD.",
                "16: items[1].code: items[1].code: the code \"" + first + "\" is already used at line 4.");
        assertNothingImported();
    }

    @Test
    void too_few_options_no_correct_option_and_an_unknown_field_are_listed_with_their_lines() {
        String broken = file()
                .replace("      - text: Astrology\n", "")
                .replace("      - text: Mobility\n        correct: true\n", "      - text: Mobility\n")
                .replace("    difficulty: HARD", "    difficulty: VERY_HARD\n    colour: blue");

        assertThat(lines(broken)).containsExactly(
                // a list's line is its first entry's
                "11: items[0].options: items[0].options: an item has 3 to 6 options; this one has 2.",
                "11: items[0].options: items[0].options: mark at least one option as correct.",
                "20: items[1].colour: items[1].colour is not a known field.",
                "19: items[1].difficulty: items[1].difficulty: \"VERY_HARD\" is not a difficulty; use EASY, MEDIUM "
                        + "or HARD.");
        assertNothingImported();
    }

    @Test
    void a_code_already_in_the_bank_or_another_format_is_refused() {
        bank.create(author, TestItems.valid(second));

        assertThat(lines(file().replace("citycert-item-bank/1", "citycert-item-bank/2"))).containsExactly(
                "1: format: format must be \"citycert-item-bank/1\"; this file says \"citycert-item-bank/2\".",
                "17: items[1].code: items[1].code: the bank has an item with the code \"" + second
                        + "\" already; give the new item a new code, or edit that item.");
        assertThat(bank.versions(author, first)).isEmpty();
    }

    @Test
    void only_authors_import() {
        assertThatThrownBy(() -> files.importFile(accounts.create(Role.CERTIFICATION_OFFICER), "b.yaml",
                bytes(file()))).isInstanceOf(eu.skills4cities.citycert.base.RefusedException.class);
        assertNothingImported();
    }

    @Test
    void an_export_reads_back_to_the_same_items() {
        List<ExamItem> imported = files.importFile(author, "bank.yaml", bytes(file()));
        ExamItem edited = bank.update(author, imported.get(0).id(),
                TestItems.withStem(imported.get(0).draft(), "Which is a smart city domain: \"quoted\" # not a comment?"));

        byte[] export = files.export(author, new ItemFilter(null, null, null, ItemStatus.DRAFT, null));

        // the export holds codes now in the bank, so it is read as a new bank would read it
        List<ImportedItem> readBack = ItemBankFileReader.read(export, rules, code -> false);
        List<ItemDraft> exported = readBack.stream().map(ImportedItem::draft)
                .filter(d -> d.code().equals(first) || d.code().equals(second)).toList();
        assertThat(exported).containsExactly(edited.draft(), imported.get(1).draft());
    }

    @Test
    void the_sample_bank_satisfies_the_documented_schema_and_the_schema_refuses_a_bad_item() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/item-bank-format.schema.json")));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream("/exam/skills4cities-sample-items.yaml")) {
            sample = in.readAllBytes();
        }

        assertThat(schema.validate(yaml.readTree(sample))).isEmpty();
        assertThat(schema.validate(yaml.readTree(file()))).isEmpty();
        assertThat(schema.validate(yaml.readTree(file().replace("      - text: Astrology\n", "")
                .replace("difficulty: EASY", "difficulty: TRIVIAL")))).isNotEmpty();
        assertThat(new String(sample, StandardCharsets.UTF_8)).contains("SAMPLE").contains("sample: true");
    }

    private void assertNothingImported() {
        assertThat(bank.versions(author, first)).isEmpty();
        assertThat(bank.versions(author, second)).isEmpty();
    }

    private List<String> lines(String content) {
        return problems(content).stream()
                .map(p -> p.line() + ": " + p.path() + ": " + TestMessages.english(p.message())).toList();
    }

    private List<LocatedProblem> problems(String content) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> files.importFile(author, "bank.yaml", bytes(content))).located();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
