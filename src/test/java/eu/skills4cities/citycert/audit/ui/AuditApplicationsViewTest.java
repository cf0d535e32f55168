package eu.skills4cities.citycert.audit.ui;

import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.SubmittedApplication;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AuditApplicationsViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;

    private ApplicationDetails submitted;
    private ApplicationDetails draft;

    @BeforeEach
    void anApplicationAndADraft() {
        submitted = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM"));
        draft = drafts.startDraft(accounts.create(Role.CANDIDATE), "SCPM");
    }

    @Test
    void the_auditor_sees_submitted_applications_and_searches_them() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(AuditApplicationsView.class);
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(1);

        _setValue(search(), submitted.number());
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(submitted.id());
        assertThat(GridKt._getFormatted(grid(), 0, "candidate")).isEqualTo(submitted.candidateName());
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isNotBlank();
        _assertNone(Paragraph.class, spec -> spec.withId("audit-applications-empty"));

        _setValue(search(), draft.number());
        _assertOne(Paragraph.class, spec -> spec.withId("audit-applications-empty"));
        _assertNone(Grid.class, spec -> spec.withId("audit-applications-grid"));
    }

    @Test
    void the_csv_download_holds_what_the_search_finds() {
        signIn(accounts.create(Role.ADMIN));
        UI.getCurrent().navigate(AuditApplicationsView.class);
        _setValue(search(), submitted.number());

        String csv = new String(DownloadKt._download(_get(Anchor.class,
                spec -> spec.withId("audit-applications-export"))), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains(submitted.number() + "," + submitted.candidateName() + ",SCPM,");
    }

    @Test
    void candidates_cannot_open_the_list() {
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate("audit/applications");

        assertThat(NavigatorKt.getCurrentView()).isNotInstanceOf(AuditApplicationsView.class);
    }

    private TextField search() {
        return _get(TextField.class, spec -> spec.withId("audit-applications-search"));
    }

    @SuppressWarnings("unchecked")
    private Grid<SubmittedApplication> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-applications-grid"));
    }
}
