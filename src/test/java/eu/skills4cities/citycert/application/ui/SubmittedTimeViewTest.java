package eu.skills4cities.citycert.application.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.DraftUpdate;
import eu.skills4cities.citycert.application.NewDocument;
import eu.skills4cities.citycert.application.SelfAssessment;
import eu.skills4cities.citycert.application.SelfAssessmentLevel;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Submitted" is when the candidate submitted, not when the draft was started: a draft started ten days
 * ago and submitted today shows today in the list and on the page, and a draft says it is not submitted.
 */
class SubmittedTimeViewTest extends KaribuViewTest {

    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_draft_started_days_ago_shows_when_it_was_submitted() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        signIn(candidate);
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        Instant started = Instant.now().minus(Duration.ofDays(10));
        jdbc.sql("UPDATE application SET created_at = :started WHERE id = :id")
                .param("started", java.sql.Timestamp.from(started)).param("id", draft.id()).update();

        UI.getCurrent().navigate("applications");
        assertThat(GridKt._getFormatted(grid(), 0, "submitted")).isEqualTo("Not submitted yet");

        drafts.saveDraft(candidate, draft.id(), new DraftUpdate(TestDocuments.STATEMENT, 6, 7));
        drafts.rate(candidate, draft.id(), new SelfAssessment("SCPM-U1-E1", SelfAssessmentLevel.FULLY, "Led two."));
        drafts.addDocument(candidate, draft.id(), new NewDocument(
                new UploadedDocument("report.pdf", "application/pdf", TestDocuments.pdf()), "Final report",
                "The report of the lighting project.", Set.of("SCPM-U1-E1")));
        ApplicationDetails submitted = drafts.submitDraft(candidate, draft.id(), true);

        assertThat(submitted.createdAt()).isBefore(Instant.now().minus(Duration.ofDays(9)));
        assertThat(submitted.submittedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        String shown = DateDisplay.dateTime(submitted.submittedAt(), UI.getCurrent().getLocale());
        assertThat(shown).isNotEqualTo(DateDisplay.dateTime(submitted.createdAt(), UI.getCurrent().getLocale()));

        UI.getCurrent().navigate(ApplicationLinks.page(draft.id()));
        assertThat(_get(Span.class, spec -> spec.withId("application-submitted")).getText()).isEqualTo(shown);
        UI.getCurrent().navigate("applications");
        assertThat(GridKt._getFormatted(grid(), 0, "submitted")).isEqualTo(shown);
        assertThat(applications.mine(candidate)).singleElement()
                .satisfies(a -> assertThat(a.submittedAt()).isEqualTo(submitted.submittedAt()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class);
    }
}
