package eu.skills4cities.citycert.inbox;

import java.util.ArrayList;
import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.appeal.AppealFixture;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other work's tasks cost a fixed number of SQL statements on every inbox page and count, whatever
 * the number of open tasks of their kind: an appeals panel member's page with 1 and with 20 open appeals,
 * an officer's with 1 and with 20 open complaints (the database is shared: others' open ones are there in
 * both measurements alike). The appeals all contest applications of one role, since the rows' labels
 * look up each distinct role's title once.
 */
@CityCertSpringTest
class InboxWorkCostTest {

    private static final int MANY = 20;

    @Autowired
    TaskInbox inbox;
    @Autowired
    AppealFixture appealFixture;
    @Autowired
    TestCertificates certificates;
    @Autowired
    TestComplaints complaints;
    @Autowired
    TestAccounts accounts;

    @Test
    void a_panel_member_s_page_costs_the_same_statements_with_one_and_with_twenty_open_appeals() {
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        List<String> mine = new ArrayList<>(List.of(appeal(reviewer)));
        InboxQuery appealsOnly = new InboxQuery(InboxQuery.Scope.WORKABLE, "APPEAL", null, false, null, null, null,
                false);

        Cost one = cost(member, appealsOnly, mine);
        while (mine.size() < MANY) {
            mine.add(appeal(reviewer));
        }
        Cost many = cost(member, appealsOnly, mine);

        assertThat(one.page()).isPositive();
        assertThat(many.page()).as("a page with %d open appeals", MANY).isEqualTo(one.page());
        assertThat(many.count()).isEqualTo(one.count());
    }

    @Test
    void an_officer_s_page_costs_the_same_statements_with_one_and_with_twenty_open_complaints() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String certificate = certificates.issue().number();
        List<String> mine = new ArrayList<>(List.of(complaints.aboutHolder(accounts.create(Role.CANDIDATE), certificate)));
        InboxQuery triage = new InboxQuery(InboxQuery.Scope.WORKABLE, "COMPLAINT_TRIAGE", null, false, null, null,
                null, false);

        Cost one = cost(officer, triage, mine);
        String another = certificates.issue().number();
        while (mine.size() < MANY) {
            CurrentUser complainant = accounts.create(Role.CANDIDATE);
            mine.add(switch (mine.size() % 3) {
                case 0 -> complaints.aboutHolder(complainant, certificate);
                case 1 -> complaints.aboutHolder(complainant, another);
                default -> complaints.aboutBody(complainant);
            });
        }
        Cost many = cost(officer, triage, mine);

        assertThat(one.page()).isPositive();
        assertThat(many.page()).as("a page with %d open complaints", MANY).isEqualTo(one.page());
        assertThat(many.count()).isEqualTo(one.count());
    }

    /** The statements of one page and one count, once the person's own cases are all on the page. */
    private Cost cost(CurrentUser user, InboxQuery query, List<String> numbers) {
        assertThat(inbox.inbox(user, query, 0, 200)).extracting(StaffTask::number).containsAll(numbers);
        int page = SqlStatementCounter.count(() -> inbox.inbox(user, query, 0, 200));
        int count = SqlStatementCounter.count(() -> assertThat(inbox.count(user, query))
                .isGreaterThanOrEqualTo(numbers.size()));
        return new Cost(page, count);
    }

    private String appeal(CurrentUser reviewer) {
        return appealFixture.refusedAndAppealed(accounts.create(Role.CANDIDATE), reviewer).number();
    }

    private record Cost(int page, int count) {
    }
}
