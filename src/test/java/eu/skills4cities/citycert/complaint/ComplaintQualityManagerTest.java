package eu.skills4cities.citycert.complaint;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.ProcessPaths;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.ui.InboxRows;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewAccount;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code citycert.complaints.quality-manager} set, a complaint about the body is investigated by
 * that person (here a reviewer, not an officer): their task, not the officers' group's. They find it from
 * the start page, work it on their own page and over the API, and see no other complaint. With
 * {@code citycert.complaints.escalation-lead} set, an overdue complaint is escalated to the lead alone.
 */
@TestPropertySource(properties = {
        "citycert.complaints.quality-manager=" + ComplaintQualityManagerTest.QUALITY_MANAGER,
        "citycert.complaints.escalation-lead=" + ComplaintQualityManagerTest.LEAD})
class ComplaintQualityManagerTest extends KaribuViewTest {

    static final String QUALITY_MANAGER = "quinn-quality";
    static final String LEAD = "complaints-lead@test.citycert.test";

    @Autowired
    TestComplaints complaints;
    @Autowired
    ComplaintWork work;
    @Autowired
    UserAccountService users;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MockMvc mvc;

    CurrentUser qualityManager;
    CurrentUser officer;

    @BeforeEach
    void qualityManager() {
        if (!users.exists(QUALITY_MANAGER)) {
            users.create(new NewAccount(QUALITY_MANAGER, "Quinn Quality", "quinn@test.citycert.test",
                    TestAccounts.PASSWORD, Set.of(Role.REVIEWER)));
        }
        qualityManager = new CurrentUser(QUALITY_MANAGER, Set.of(Role.REVIEWER));
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_complaint_about_the_body_goes_to_the_quality_manager() {
        CurrentUser complainant = accounts.create(Role.CANDIDATE);
        String number = bodyComplaintTriaged(complainant);

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getAssignee())
                .isEqualTo(QUALITY_MANAGER);
        CurrentUser otherOfficer = accounts.create(Role.CERTIFICATION_OFFICER);
        assertThat(work.openWork(otherOfficer)).extracting(ComplaintCase::number).doesNotContain(number);
        assertThatThrownBy(() -> work.read(otherOfficer, number)).isInstanceOf(NotFoundException.class);
        assertThat(work.openWork(qualityManager)).extracting(ComplaintCase::number).contains(number);

        work.decide(qualityManager, number, ComplaintOutcome.REJECTED, "The waiting time was within our rules.", true);

        assertThat(work.read(qualityManager, number).outcome()).isEqualTo(ComplaintOutcome.REJECTED);
        assertThat(complaints.mailsTo(accounts.email(complainant), "has been decided")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("within our rules"));
    }

    @Test
    void the_quality_manager_finds_the_investigation_from_the_start_page_and_records_the_outcome() {
        String number = bodyComplaintTriaged(accounts.create(Role.CANDIDATE));
        String another = complaints.aboutBody(accounts.create(Role.CANDIDATE));
        signIn(qualityManager);

        UI.getCurrent().navigate("");
        Anchor link = _get(Anchor.class, spec -> spec.withId("home-complaint-work"));
        assertThat(link.getHref()).isEqualTo("complaints/assigned");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .as("the menu lists pages by role; the start page links the quality manager's").doesNotContain("Complaints");
        UI.getCurrent().navigate(link.getHref());
        assertThat(ComplaintList.rows()).extracting(ComplaintCase::number).contains(number).doesNotContain(another);
        ComplaintList.open(number);
        _setValue(radio(), ComplaintOutcome.UPHELD);
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-outcome-reason")), "We answer sooner now.");
        _click(_get(Button.class, spec -> spec.withId("complaint-outcome-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("complaint-outcome-reason")).getErrorMessage())
                .as("not without the declaration").startsWith("Declare that you have no conflict of interest");

        _setValue(_get(Checkbox.class, spec -> spec.withId("complaint-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("complaint-outcome-send")));

        assertThat(work.read(qualityManager, number).outcome()).isEqualTo(ComplaintOutcome.UPHELD);
        assertThat(ComplaintList.rows()).extracting(ComplaintCase::number).doesNotContain(number);
    }

    @Test
    void the_quality_manager_opens_their_investigation_from_the_staff_inbox_on_their_own_page() {
        String number = bodyComplaintTriaged(accounts.create(Role.CANDIDATE));
        signIn(qualityManager);
        UI.getCurrent().navigate("inbox");

        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), number);
        @SuppressWarnings("unchecked")
        Grid<StaffTask> tasks = _get(Grid.class, spec -> spec.withId("tasks"));
        assertThat(GridKt._size(tasks)).isOne();
        InboxRows.open(tasks, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("complaints/assigned/" + number);
        assertThat(_get(H3.class).getText()).contains(number);
        _assertOne(Button.class, spec -> spec.withId("complaint-outcome-send"));
    }

    @Test
    void nobody_else_but_officers_has_the_quality_managers_page_and_the_quality_manager_not_the_officers() {
        signIn(accounts.create(Role.REVIEWER));
        UI.getCurrent().navigate("complaints/assigned");
        // rerouted to "not found" (which Karibu's route-not-found error turns into an error page)
        assertThat(NavigatorKt.getCurrentView().getClass().getSimpleName()).isNotEqualTo("AssignedComplaintsView");

        signIn(qualityManager);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("complaints");
        assertThat(NavigatorKt.getCurrentView().getClass().getSimpleName()).isNotEqualTo("ComplaintsView");
    }

    @Test
    void over_the_api_the_quality_manager_lists_reads_and_decides_only_their_own_complaint() throws Exception {
        String number = bodyComplaintTriaged(accounts.create(Role.CANDIDATE));
        String another = complaints.aboutBody(accounts.create(Role.CANDIDATE));

        mvc.perform(get("/api/complaint-cases").with(basic(QUALITY_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].number", hasItem(number)))
                .andExpect(jsonPath("$[*].number", not(hasItem(another))));
        mvc.perform(get("/api/complaint-cases/{number}", another).with(basic(QUALITY_MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/complaint-cases/{number}/triage", another).with(basic(QUALITY_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"triage\": \"ABOUT_THE_BODY\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/complaint-cases/{number}/decision", number).with(basic(QUALITY_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"REJECTED\", \"reason\": \"Within our rules.\"}"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(work.read(qualityManager, number).outcome()).as("nothing half-saved").isNull();
        mvc.perform(post("/api/complaint-cases/{number}/decision", number).with(basic(QUALITY_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"REJECTED\", \"reason\": \"Within our rules.\", "
                                + "\"noConflictOfInterest\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.decidedBy").value(QUALITY_MANAGER));
    }

    @Test
    void an_overdue_complaint_is_escalated_to_the_lead_and_not_to_the_administrators() {
        CurrentUser admin = accounts.create(Role.ADMIN);
        String number = bodyComplaintTriaged(accounts.create(Role.CANDIDATE));
        Job due = engine.getManagementService().createJobQuery()
                .processInstanceId(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult()
                        .getProcessInstanceId())
                .timers().activityId(ComplaintProcess.EVENT_DUE).singleResult();

        ProcessPaths.fire(engine, due);

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult())
                .satisfies(task -> {
                    assertThat(task.getPriority()).isEqualTo(ComplaintEscalations.ESCALATED_PRIORITY);
                    assertThat(task.getAssignee()).as("the task stays with the quality manager").isEqualTo(QUALITY_MANAGER);
                });
        assertThat(complaints.mailsTo(LEAD, "Escalated: complaint " + number)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("Claimed by: " + QUALITY_MANAGER));
        assertThat(complaints.mailsTo(accounts.email(admin), "Escalated: complaint " + number)).isEmpty();
    }

    private String bodyComplaintTriaged(CurrentUser complainant) {
        String number = complaints.aboutBody(complainant);
        work.triage(officer, number, Triage.ABOUT_THE_BODY, null);
        return number;
    }


    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ComplaintOutcome> radio() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("complaint-outcome"));
    }

    private static RequestPostProcessor basic(String username) {
        return httpBasic(username, TestAccounts.PASSWORD);
    }
}
