package eu.skills4cities.citycert.exam;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static eu.skills4cities.citycert.exam.TestItems.freshCode;
import static eu.skills4cities.citycert.exam.TestItems.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The item bank's rules: drafts, versions, four-eyes approval, retirement, validation, the audit log. */
@CityCertSpringTest
class ItemBankTest {

    @Autowired
    ItemBank bank;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    CurrentUser author;
    CurrentUser secondAuthor;

    @BeforeEach
    void authors() {
        author = accounts.create(Role.EXAM_AUTHOR);
        secondAuthor = accounts.create(Role.EXAM_AUTHOR);
    }

    @Test
    void an_item_is_written_submitted_and_approved_by_a_second_person() {
        ExamItem draft = bank.create(author, valid(freshCode()));
        assertThat(draft.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.multipleChoice()).isFalse();

        long awaitingBefore = bank.awaitingApproval(secondAuthor);
        long awaitingAuthorBefore = bank.awaitingApproval(author);
        ExamItem submitted = bank.submit(author, draft.id());
        assertThat(submitted.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(bank.awaitingApproval(secondAuthor)).isEqualTo(awaitingBefore + 1);
        assertThat(bank.awaitingApproval(author)).as("not one's own").isEqualTo(awaitingAuthorBefore);

        ExamItem approved = bank.approve(secondAuthor, draft.id());
        assertThat(approved.status()).isEqualTo(ItemStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(secondAuthor.username());
        assertThat(actions(draft.id())).containsExactly("EXAM_ITEM_CREATED", "EXAM_ITEM_SUBMITTED",
                "EXAM_ITEM_APPROVED");
    }

    @Test
    void the_author_and_the_last_editor_may_not_approve_their_version() {
        ExamItem draft = bank.create(author, valid(freshCode()));
        ExamItem edited = bank.update(secondAuthor, draft.id(), TestItems.withStem(draft.draft(), "Edited stem?"));
        bank.submit(author, edited.id());

        RefusedException byAuthor = catchThrowableOfType(RefusedException.class,
                () -> bank.approve(author, draft.id()));
        assertThat(byAuthor.kind()).isEqualTo(RefusedException.Kind.FORBIDDEN);
        assertThat(TestMessages.english(byAuthor.messages())).singleElement().asString()
                .contains("You wrote or last edited version 1 of item " + draft.code());
        assertThatThrownBy(() -> bank.approve(secondAuthor, draft.id())).isInstanceOf(RefusedException.class);
        assertThat(bank.get(author, draft.id()).status()).isEqualTo(ItemStatus.SUBMITTED);

        ExamItem approved = bank.approve(accounts.create(Role.CERTIFICATION_OFFICER), draft.id());
        assertThat(approved.status()).isEqualTo(ItemStatus.APPROVED);
    }

    @Test
    void editing_an_approved_item_makes_the_next_version_which_retires_the_old_one_once_approved() {
        ExamItem first = approved(valid(freshCode()));

        ExamItem second = bank.update(author, first.id(), TestItems.withStem(first.draft(), "A better stem?"));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.code()).isEqualTo(first.code());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(bank.get(author, first.id()).stem()).as("the approved version never changes")
                .isEqualTo(first.stem());
        assertThat(bank.get(author, first.id()).status()).as("and stays in use until the next is approved")
                .isEqualTo(ItemStatus.APPROVED);
        RefusedException twice = catchThrowableOfType(RefusedException.class,
                () -> bank.update(author, first.id(), first.draft()));
        assertThat(twice.kind()).isEqualTo(RefusedException.Kind.CONFLICT);

        bank.submit(author, second.id());
        bank.approve(secondAuthor, second.id());

        assertThat(bank.versions(author, first.code())).extracting(ExamItem::version, ExamItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ItemStatus.RETIRED),
                        org.assertj.core.groups.Tuple.tuple(2, ItemStatus.APPROVED));
        assertThat(jdbc.sql("SELECT detail ->> 'retiredVersion' FROM audit_event WHERE action = 'EXAM_ITEM_APPROVED' "
                + "AND object_id = ?").param(second.id().toString()).query(String.class).single()).isEqualTo("1");
    }

    @Test
    void the_database_refuses_to_change_an_approved_version() {
        ExamItem item = approved(valid(freshCode()));

        assertThatThrownBy(() -> jdbc.sql("UPDATE exam_item SET stem = 'changed' WHERE id = ?").param(item.id())
                .update()).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM exam_item WHERE id = ?").param(item.id()).update())
                .hasMessageContaining("cannot be deleted");
    }

    @Test
    void editing_a_submitted_draft_takes_it_back_to_a_draft() {
        ExamItem draft = bank.create(author, valid(freshCode()));
        bank.submit(author, draft.id());

        ExamItem edited = bank.update(author, draft.id(), TestItems.withStem(draft.draft(), "Changed after submit?"));

        assertThat(edited.id()).isEqualTo(draft.id());
        assertThat(edited.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(catchThrowableOfType(RefusedException.class, () -> bank.approve(secondAuthor, draft.id())).kind())
                .isEqualTo(RefusedException.Kind.CONFLICT);
    }

    @Test
    void authors_and_officers_retire_and_a_retired_version_stays_retired() {
        ExamItem item = approved(valid(freshCode()));
        ExamItem draft = bank.create(author, valid(freshCode()));

        assertThat(bank.retire(accounts.create(Role.CERTIFICATION_OFFICER), item.id()).status())
                .isEqualTo(ItemStatus.RETIRED);
        assertThat(bank.retire(author, draft.id()).retiredBy()).isEqualTo(author.username());
        assertThat(catchThrowableOfType(RefusedException.class, () -> bank.retire(author, item.id())).kind())
                .isEqualTo(RefusedException.Kind.CONFLICT);
        assertThat(catchThrowableOfType(RefusedException.class, () -> bank.update(author, item.id(), item.draft()))
                .kind()).isEqualTo(RefusedException.Kind.CONFLICT);
        assertThat(catchThrowableOfType(RefusedException.class,
                () -> bank.retire(accounts.create(Role.AUDITOR), draft.id())).kind())
                .isEqualTo(RefusedException.Kind.FORBIDDEN);
    }

    @Test
    void every_problem_names_its_field_and_nothing_is_stored() {
        String code = freshCode();
        ItemDraft bad = new ItemDraft(code, "SCPD", "SCPD-U1", "NO-SUCH-E9", " ", List.of(
                new ItemOption("Same", false), new ItemOption("same ", false)), "x".repeat(4001), null);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> bank.create(author, bad));

        assertThat(TestMessages.english(e.problems())).containsExactly(
                "element: no published framework has element NO-SUCH-E9 in unit SCPD-U1 of role SCPD.",
                "stem is required.",
                "options: an item has 3 to 6 options; this one has 2.",
                "options[1].text: the option \"same\" is there twice.",
                "options: mark at least one option as correct.",
                "explanation has 4001 characters; at most 4000 are allowed.",
                "difficulty is required.");
        assertThat(jdbc.sql("SELECT count(*) FROM exam_item WHERE code = ?").param(code).query(Long.class).single())
                .isZero();
    }

    @Test
    void codes_have_a_format_and_are_unique() {
        ExamItem first = bank.create(author, valid(freshCode()));

        assertThat(TestMessages.english(catchThrowableOfType(InvalidInputException.class,
                () -> bank.create(author, valid(first.code()))).problems()))
                .containsExactly("code: the bank has an item with the code \"" + first.code() + "\" already.");
        assertThat(TestMessages.english(catchThrowableOfType(InvalidInputException.class,
                () -> bank.create(author, valid("scpd-1"))).problems())).singleElement().asString()
                .startsWith("code: \"scpd-1\" is not an item code");
    }

    @Test
    void seven_options_or_all_correct_are_refused() {
        List<ItemOption> seven = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> new ItemOption("Option " + i, i == 0)).toList();
        ItemDraft tooMany = new ItemDraft(freshCode(), "SCPD", "SCPD-U1", "SCPD-U1-E1", "Stem?", seven, "Why.",
                Difficulty.HARD);
        ItemDraft allCorrect = new ItemDraft(freshCode(), "SCPD", "SCPD-U1", "SCPD-U1-E1", "Stem?", List.of(
                new ItemOption("A", true), new ItemOption("B", true), new ItemOption("C", true)), "Why.",
                Difficulty.HARD);

        assertThat(TestMessages.english(catchThrowableOfType(InvalidInputException.class,
                () -> bank.create(author, tooMany)).problems()))
                .containsExactly("options: an item has 3 to 6 options; this one has 7.");
        assertThat(TestMessages.english(catchThrowableOfType(InvalidInputException.class,
                () -> bank.create(author, allCorrect)).problems()))
                .containsExactly("options: at least one option must be wrong.");
    }

    @Test
    void two_correct_options_make_a_multiple_choice_item() {
        ItemDraft draft = new ItemDraft(freshCode(), "SCPD", "SCPD-U1", "SCPD-U1-E1", "Which are domains?", List.of(
                new ItemOption("Mobility", true), new ItemOption("Energy", true), new ItemOption("Heraldry", false)),
                "Both are.", Difficulty.MEDIUM);

        assertThat(bank.create(author, draft).multipleChoice()).isTrue();
    }

    @Test
    void only_staff_who_work_with_items_read_them_and_only_authors_write() {
        ExamItem item = bank.create(author, valid(freshCode()));

        for (Role role : List.of(Role.CANDIDATE, Role.REVIEWER, Role.ASSESSOR, Role.APPEALS_PANEL)) {
            CurrentUser user = accounts.create(role);
            assertThat(catchThrowableOfType(RefusedException.class, () -> bank.get(user, item.id())).kind())
                    .as(role.name()).isEqualTo(RefusedException.Kind.FORBIDDEN);
            assertThatThrownBy(() -> bank.list(user, ItemFilter.all(), 0, 10)).isInstanceOf(RefusedException.class);
        }
        for (Role role : List.of(Role.CERTIFICATION_OFFICER, Role.AUDITOR, Role.ADMIN)) {
            CurrentUser user = accounts.create(role);
            assertThat(bank.get(user, item.id()).options()).as(role.name()).hasSize(3);
            assertThatThrownBy(() -> bank.create(user, valid(freshCode()))).isInstanceOf(RefusedException.class);
        }
        assertThatThrownBy(() -> bank.get(author, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_list_filters_by_element_status_and_text_and_pages() {
        String code = freshCode();
        ExamItem item = bank.create(author, valid(code));

        ItemPage found = bank.list(author, new ItemFilter("SCPD", "SCPD-U1", "SCPD-U1-E1", ItemStatus.DRAFT,
                code.substring(0, 6).toLowerCase()), 0, 10);
        assertThat(found.items()).extracting(ExamItem::id).contains(item.id());
        assertThat(bank.list(author, new ItemFilter(null, null, "SCPD-U2-E1", null, code), 0, 10).total()).isZero();
        assertThat(bank.list(author, new ItemFilter(null, null, null, ItemStatus.APPROVED, code), 0, 10).total())
                .isZero();
        ItemPage page = bank.list(author, ItemFilter.all(), 1, 2);
        assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
        assertThat(page.total()).isGreaterThanOrEqualTo(56);
        assertThatThrownBy(() -> bank.list(author, ItemFilter.all(), -1, 500)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_demo_bank_has_four_approved_sample_items_per_element_of_scpd() {
        List<ExamItem> sample = bank.list(author, new ItemFilter("SCPD", null, null, ItemStatus.APPROVED,
                "SCPD-U"), 0, 200).items().stream().filter(ExamItem::sample).toList();

        assertThat(sample).hasSize(56);
        assertThat(sample.stream().collect(java.util.stream.Collectors.groupingBy(ExamItem::elementCode,
                java.util.stream.Collectors.counting()))).hasSize(14).allSatisfy((element, count) ->
                assertThat(count).isEqualTo(4));
        assertThat(sample).allSatisfy(item -> assertThat(item.approvedBy()).isNotEqualTo(item.createdBy()));
    }

    private ExamItem approved(ItemDraft draft) {
        ExamItem item = bank.create(author, draft);
        bank.submit(author, item.id());
        return bank.approve(secondAuthor, item.id());
    }

    private List<String> actions(UUID itemId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'exam-item' AND object_id = ? "
                + "ORDER BY sequence").param(itemId.toString()).query(String.class).list();
    }
}
