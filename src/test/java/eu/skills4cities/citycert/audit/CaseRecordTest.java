package eu.skills4cities.citycert.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.audit.CaseRecordFixture.Case;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The case record of an application driven through the real process: what it holds, and who sees which part. */
@CityCertSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseRecordTest {

    @Autowired
    CaseRecordFixture fixture;
    @Autowired
    CaseRecord records;
    @Autowired
    TestAccounts accounts;
    @Autowired
    eu.skills4cities.citycert.certificate.register.CertificateRegister register;

    private Case certified;
    private CurrentUser auditor;

    @BeforeAll
    void driveOneApplicationThroughTheProcess() {
        certified = fixture.certifiedCase();
        auditor = accounts.create(Role.AUDITOR);
        // the candidate's mails follow the commits (CandidateMail, after the commit)
        await().atMost(Duration.ofSeconds(20)).until(() -> records.of(auditor, certified.application().id()).entries()
                .stream().filter(e -> e.kind() == CaseRecordKind.MAIL).count() >= 2);
    }

    @Test
    void the_record_holds_every_step_in_time_order_with_who_and_why() {
        ApplicationCaseRecord record = records.of(auditor, certified.application().id());
        List<CaseRecordEntry> entries = record.entries();

        assertThat(record.complete()).isTrue();
        assertThat(record.header().number()).isEqualTo(certified.application().number());
        assertThat(record.header().submittedAt()).isNotNull();
        assertThat(record.header().decidedAt()).isNotNull();
        assertThat(record.header().certificates()).hasSize(1);
        assertThat(record.header().documents()).extracting(CaseDocument::sha256).doesNotContainNull();
        assertThat(entries).extracting(CaseRecordEntry::at).isSorted();
        assertThat(entries).extracting(CaseRecordEntry::kind).contains(CaseRecordKind.DRAFT_CHANGED, CaseRecordKind.DOCUMENT_REMOVED,
                CaseRecordKind.SUBMITTED, CaseRecordKind.ELIGIBILITY, CaseRecordKind.DOCUMENT_ADDED,
                CaseRecordKind.DOCUMENT_READ, CaseRecordKind.TASK_CREATED, CaseRecordKind.TASK_CLAIMED,
                CaseRecordKind.TASK_RELEASED, CaseRecordKind.TASK_HANDED_OVER, CaseRecordKind.COMMENT,
                CaseRecordKind.TASK_COMPLETED, CaseRecordKind.UNIT_REVIEWED, CaseRecordKind.UNIT_ASSESSED,
                CaseRecordKind.EVIDENCE_REQUESTED, CaseRecordKind.EVIDENCE_ANSWERED, CaseRecordKind.MAIL,
                CaseRecordKind.DECISION, CaseRecordKind.CERTIFICATE_ISSUED, CaseRecordKind.STATUS_CHANGED,
                CaseRecordKind.PROCESS_STEP);

        String releasing = certified.releasingReviewer().username();
        String handing = certified.handingReviewer().username();
        String reviewer = certified.reviewer().username();
        assertThat(one(entries, CaseRecordKind.TASK_RELEASED)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo(releasing);
            assertThat(e.taskId()).isEqualTo(certified.firstReviewTask());
        });
        assertThat(entries).filteredOn(e -> e.kind() == CaseRecordKind.TASK_CLAIMED)
                .extracting(CaseRecordEntry::actor).contains(releasing, handing, reviewer,
                        certified.assessor().username(), certified.officer().username());
        assertThat(one(entries, CaseRecordKind.TASK_HANDED_OVER)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo(handing);
            assertThat(e.facts()).containsEntry("from", handing).containsEntry("to", reviewer);
        });
        assertThat(one(entries, CaseRecordKind.COMMENT)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo(releasing);
            assertThat(e.reason()).isEqualTo("Starting with the portfolio.");
        });
        assertThat(one(entries, CaseRecordKind.EVIDENCE_REQUESTED).reason()).isEqualTo("Please add the final report.");
        assertThat(one(entries, CaseRecordKind.EVIDENCE_ANSWERED).actor()).isEqualTo(certified.candidate().username());
        assertThat(entries).filteredOn(e -> e.kind() == CaseRecordKind.DOCUMENT_ADDED).extracting(CaseRecordEntry::reason)
                .contains("The final report.");
        assertThat(entries).filteredOn(e -> e.kind() == CaseRecordKind.TASK_COMPLETED)
                .extracting(e -> e.facts().get("verdict"), CaseRecordEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("MORE_NEEDED", reviewer),
                        org.assertj.core.groups.Tuple.tuple("SUFFICIENT", reviewer),
                        org.assertj.core.groups.Tuple.tuple("COMPETENT", certified.assessor().username()));
        assertThat(entries).filteredOn(e -> e.kind() == CaseRecordKind.UNIT_ASSESSED)
                .allSatisfy(e -> assertThat(e.facts()).containsEntry("score", "80.00").containsEntry("passed", "true"));
        assertThat(one(entries, CaseRecordKind.DECISION)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo(certified.officer().username());
            assertThat(e.facts()).containsEntry("verdict", "CERTIFY").containsEntry("noConflictDeclared", "true");
            assertThat(e.reason()).isEqualTo("Supported by the evidence.");
        });
        assertThat(one(entries, CaseRecordKind.CERTIFICATE_ISSUED).subject())
                .isEqualTo(record.header().certificates().get(0));
        assertThat(one(entries, CaseRecordKind.DOCUMENT_READ).actor()).isEqualTo(reviewer);
        assertThat(one(entries, CaseRecordKind.DOCUMENT_REMOVED).facts())
                .containsEntry("documentId", certified.removedDocument().id().toString())
                .containsEntry("sha256", certified.removedDocument().sha256());
        assertThat(entries).filteredOn(e -> e.kind() == CaseRecordKind.DRAFT_CHANGED).extracting(CaseRecordEntry::subject)
                .contains("STARTED", "ANSWERS_SAVED", "ELEMENT_RATED");
        assertThat(entries).filteredOn(e -> e.kind() == CaseRecordKind.MAIL).extracting(CaseRecordEntry::subject)
                .anyMatch(subject -> subject.startsWith("More evidence needed"))
                .anyMatch(subject -> subject.startsWith("You are certified"));
        assertThat(one(entries, CaseRecordKind.ELIGIBILITY).facts()).containsValue("true");
        assertThat(entries).filteredOn(e -> e.kind() == CaseRecordKind.STATUS_CHANGED).extracting(CaseRecordEntry::subject)
                .contains("AWAITING_CANDIDATE", "IN_ASSESSMENT", "CERTIFIED");
    }

    @Test
    void a_later_suspension_of_its_certificate_is_in_the_record_with_who_and_why() {
        String number = records.of(auditor, certified.application().id()).header().certificates().get(0);
        register.decide(certified.officer(), number, eu.skills4cities.citycert.certificate.register.StatusDecision.SUSPEND,
                "The holder's employer reported misconduct.", true);

        assertThat(records.of(auditor, certified.application().id()).entries())
                .filteredOn(e -> e.kind() == CaseRecordKind.CERTIFICATE_STATUS_CHANGED).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(certified.officer().username());
                    assertThat(e.subject()).isEqualTo(number);
                    assertThat(e.facts()).containsEntry("action", "CERTIFICATE_SUSPENDED");
                    assertThat(e.reason()).isEqualTo("The holder's employer reported misconduct.");
                });
    }

    @Test
    void auditors_and_administrators_see_all_staff_their_own_part_and_everybody_else_not_found() {
        UUID id = certified.application().id();
        int all = records.of(auditor, id).entries().size();
        Map<String, CurrentUser> whole = Map.of("auditor", auditor, "admin", accounts.create(Role.ADMIN));
        whole.forEach((who, user) -> assertThat(records.of(user, id)).as(who).satisfies(r -> {
            assertThat(r.complete()).isTrue();
            assertThat(r.entries()).hasSizeGreaterThanOrEqualTo(all);
        }));

        String reviewer = certified.reviewer().username();
        ApplicationCaseRecord part = records.of(certified.reviewer(), id);
        assertThat(part.complete()).isFalse();
        assertThat(part.entries()).isNotEmpty().hasSizeLessThan(all);
        assertThat(part.entries()).extracting(CaseRecordEntry::kind)
                .contains(CaseRecordKind.TASK_HANDED_OVER, CaseRecordKind.TASK_COMPLETED, CaseRecordKind.UNIT_REVIEWED,
                        CaseRecordKind.DOCUMENT_READ)
                .doesNotContain(CaseRecordKind.MAIL, CaseRecordKind.UNIT_ASSESSED, CaseRecordKind.DECISION,
                        CaseRecordKind.SUBMITTED);
        assertThat(part.entries()).filteredOn(e -> e.kind() == CaseRecordKind.COMMENT).isEmpty();
        assertThat(part.entries()).allSatisfy(e -> assertThat(reviewer.equals(e.actor()) || e.taskId() != null)
                .as(e.toString()).isTrue());

        ApplicationCaseRecord decided = records.of(certified.officer(), id);
        assertThat(decided.complete()).isFalse();
        assertThat(decided.entries()).extracting(CaseRecordEntry::kind).contains(CaseRecordKind.DECISION)
                .doesNotContain(CaseRecordKind.UNIT_ASSESSED, CaseRecordKind.UNIT_REVIEWED, CaseRecordKind.DOCUMENT_READ);
        assertThat(records.of(certified.assessor(), id).entries()).extracting(CaseRecordEntry::kind)
                .contains(CaseRecordKind.UNIT_ASSESSED).doesNotContain(CaseRecordKind.DECISION);

        // the candidate, another candidate, staff who never completed one of its tasks, an unknown id
        for (CurrentUser refused : List.of(certified.candidate(), accounts.create(Role.CANDIDATE),
                accounts.create(Role.REVIEWER), certified.releasingReviewer())) {
            assertThatThrownBy(() -> records.of(refused, id)).as(refused.username())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> records.of(auditor, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    private static CaseRecordEntry one(List<CaseRecordEntry> entries, CaseRecordKind kind) {
        List<CaseRecordEntry> found = entries.stream().filter(e -> e.kind() == kind).toList();
        assertThat(found).as(kind.name()).hasSize(1);
        return found.get(0);
    }
}
