package eu.skills4cities.citycert.base;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.audit.AuditLog;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The start page shows each signed-in user the sections of the modules that serve them, and only those. */
class HomeViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    AuditLog log;
    @Autowired
    eu.skills4cities.citycert.security.UserAccountService users;
    @Autowired
    eu.skills4cities.citycert.audit.AuditApplications auditApplications;

    @Test
    void a_candidate_is_shown_the_way_to_applications_certificates_and_their_data() {
        signIn(accounts.create(Role.CANDIDATE));
        UI.getCurrent().navigate("");
        NavigatorKt.expectView(HomeView.class);

        assertThat(links()).containsExactly("applications", "certificates", "api/me/data", "verify");
        _assertNone(Paragraph.class, spec -> spec.withId("auditor-home-applications"));
    }

    @Test
    void staff_are_shown_their_inbox_tiles_and_the_inbox() {
        signIn(accounts.create(Role.ASSESSOR));
        UI.getCurrent().navigate("");

        assertThat(links()).containsExactly("inbox?scope=MINE", "inbox?scope=UNASSIGNED", "inbox?overdue=true",
                "inbox?escalated=true", "inbox?stage=ASSESSMENT", "inbox", "verify");
    }

    @Test
    void staff_are_greeted_by_their_full_name_not_their_username() {
        var reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        UI.getCurrent().navigate("");

        String fullName = users.find(reviewer.username()).orElseThrow().fullName();
        assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText())
                .isEqualTo("Welcome, " + fullName)
                .doesNotContain(reviewer.username());
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("current-user")).getText())
                .as("the header names them too").isEqualTo(fullName);
    }

    @Test
    void an_auditor_is_shown_what_there_is_to_audit_and_how_far_the_log_reaches() {
        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM"));
        var auditor = accounts.create(Role.AUDITOR);
        signIn(auditor);
        UI.getCurrent().navigate("");

        assertThat(links()).containsExactly("audit/applications", "audit/log", "reports", "verify");
        long submitted = auditApplications.count(auditor, "");
        assertThat(submitted).isPositive();
        assertThat(_get(Paragraph.class, spec -> spec.withId("auditor-home-applications")).getText())
                .isEqualTo(submitted == 1 ? "1 submitted application to audit."
                        : String.format(java.util.Locale.ENGLISH, "%,d submitted applications to audit.", submitted));
        long entries = log.head().orElseThrow().sequence();
        assertThat(_get(Paragraph.class, spec -> spec.withId("auditor-home-log")).getText())
                .startsWith("The audit log holds " + (entries == 1 ? "1 entry" : String.format(java.util.Locale.ENGLISH, "%,d entries", entries)));
    }

    @Test
    void someone_with_two_roles_sees_both_sections_in_order() {
        signIn(accounts.create(Role.REVIEWER, Role.AUDITOR));
        UI.getCurrent().navigate("");

        assertThat(links()).containsExactly("inbox?scope=MINE", "inbox?scope=UNASSIGNED", "inbox?overdue=true",
                "inbox?escalated=true", "inbox?stage=REVIEW", "inbox", "renewals", "audit/applications", "audit/log",
                "reports", "verify");
    }

    private static java.util.List<String> links() {
        return _find(Anchor.class).stream().map(Anchor::getHref).toList();
    }
}
