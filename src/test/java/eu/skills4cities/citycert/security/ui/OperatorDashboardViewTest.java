package eu.skills4cities.citycert.security.ui;

import java.util.List;

import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.OperatorAlerts;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administrators' start page counts the mail failing to go out (linking its list) and the engine's
 * open incidents (linking Cockpit); their menu reaches the operator tools; nobody else sees either.
 */
class OperatorDashboardViewTest extends KaribuViewTest {

    @Autowired
    OperatorAlerts alerts;
    @Autowired
    MailOutbox outbox;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_administrator_sees_a_real_engine_incident_counted_and_linked_to_cockpit() {
        Deployment deployment = repository.createDeployment().name("dashboard-incident")
                .addModelInstance("dashboard-incident.bpmn", Bpmn.createExecutableProcess("dashboard-incident")
                        .name("A step that always fails").camundaHistoryTimeToLive(1)
                        .startEvent("Start_Incident").serviceTask("Activity_AlwaysFails").name("Always fails")
                        .camundaAsyncBefore().camundaExpression("${dashboardNoSuchBean.fail()}")
                        .endEvent("End_Incident").done())
                .deploy();
        try {
            String instance = runtime.startProcessInstanceByKey("dashboard-incident").getId();
            Job job = management.createJobQuery().processInstanceId(instance).singleResult();
            management.setJobRetries(job.getId(), 1);
            assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
            assertThat(runtime.createIncidentQuery().processInstanceId(instance).count())
                    .as("the job failed its last retry: an incident").isEqualTo(1);

            CurrentUser admin = accounts.create(Role.ADMIN);
            signIn(admin);
            UI.getCurrent().navigate("");
            AttentionTile incidents = _get(AttentionTile.class, spec -> spec.withId("home-incidents"));
            assertThat(incidents.count()).isPositive().isEqualTo(runtime.createIncidentQuery().count())
                    .isEqualTo(alerts.incidentCount(admin));
            assertThat(incidents.getHref()).isEqualTo("camunda/app/cockpit/default/");
            assertThat(incidents.isRouterIgnore()).as("Cockpit is not a Vaadin view").isTrue();
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void an_administrator_sees_failing_mail_counted_and_listed() {
        CurrentUser admin = accounts.create(Role.ADMIN);
        transaction.executeWithoutResult(status -> {
            UUID id = outbox.queue("unreachable@test.citycert.test", "verify-email", "https://citycert.test/verify")
                    .orElseThrow();
            jdbc.sql("UPDATE mail_message SET attempts = ?, last_error = '550 mailbox unavailable' WHERE id = ?")
                    .params(MailOutbox.MAX_ATTEMPTS, id).update();
            signIn(admin);
            UI.getCurrent().navigate("");
            AttentionTile failing = _get(AttentionTile.class, spec -> spec.withId("home-mail-failures"));
            assertThat(failing.count()).isPositive().isEqualTo(outbox.failingCount());
            assertThat(failing.getHref()).isEqualTo("admin/mail-failures");

            UI.getCurrent().navigate(failing.getHref());
            @SuppressWarnings("unchecked")
            Grid<MailMessage> grid = _get(Grid.class, spec -> spec.withId("mail-failures"));
            assertThat(GridKt._size(grid)).isEqualTo((int) failing.count());
            assertThat(GridKt._getFormattedRow(grid, rowOf(grid, id)))
                    .contains("unreachable@test.citycert.test", "Tried 8 times, given up", "550 mailbox unavailable");
            status.setRollbackOnly();
        });
    }

    @Test
    void only_administrators_see_the_operator_tiles_and_tools() {
        signIn(accounts.create(Role.ADMIN));
        UI.getCurrent().navigate("");
        SideNav tools = _get(SideNav.class, spec -> spec.withClasses("menu-links"));
        assertThat(tools.getLabel()).isEqualTo("Operator tools");
        assertThat(_find(tools, SideNavItem.class)).extracting(SideNavItem::getLabel, SideNavItem::getPath,
                        SideNavItem::isRouterIgnore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cockpit", "camunda/app/cockpit/default/", true),
                        org.assertj.core.groups.Tuple.tuple("Engine administration", "camunda/app/admin/default/", true),
                        org.assertj.core.groups.Tuple.tuple("API documentation", "swagger-ui/index.html", true));
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Mail failures");

        for (Role other : new Role[] {Role.AUDITOR, Role.CERTIFICATION_OFFICER, Role.REVIEWER, Role.CANDIDATE}) {
            signIn(accounts.create(other));
            UI.getCurrent().getPage().reload();
            UI.getCurrent().navigate("");
            assertThat(_find(SideNav.class, spec -> spec.withClasses("menu-links"))).as(other.name()).isEmpty();
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).as(other.name())
                    .doesNotContain("Mail failures", "Cockpit");
            assertThat(_find(AttentionTile.class, spec -> spec.withId("home-incidents"))).as(other.name()).isEmpty();
            assertThat(_find(AttentionTile.class, spec -> spec.withId("home-mail-failures"))).as(other.name()).isEmpty();
        }
        assertThatThrownBy(() -> alerts.incidentCount(accounts.create(Role.AUDITOR)))
                .isInstanceOf(eu.skills4cities.citycert.base.RefusedException.class);
    }

    private static int rowOf(Grid<MailMessage> grid, UUID id) {
        // all rows in one fetch: Karibu's per-row _get queries each row
        List<MailMessage> rows = GridKt._findAll(grid);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).id().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("not listed: " + id);
    }
}
