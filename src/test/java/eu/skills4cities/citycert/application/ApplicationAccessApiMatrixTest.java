package eu.skills4cities.citycert.application;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.application.AccessFixture.Actor;
import eu.skills4cities.citycert.application.AccessFixture.State;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who reads what over the API: each reader × each state × each read. A reader who may not
 * read gets exactly the answer of an id that does not exist. The states are built once, through
 * the real process (accounts sign in without a password check, to keep the 240 cells fast).
 */
@CityCertSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationAccessApiMatrixTest {

    /** The reads of an application over the API. */
    enum Read {
        DETAILS("/api/applications/{id}"),
        TIMELINE("/api/applications/{id}/timeline"),
        SELF_ASSESSMENT("/api/applications/{id}/self-assessment"),
        UNITS("/api/applications/{id}/units"),
        DOCUMENT_DOWNLOAD("/api/applications/{id}/documents/{document}"),
        DOCUMENT_INLINE("/api/applications/{id}/documents/{document}?inline=true");

        final String path;

        Read(String path) {
            this.path = path;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    EvidenceRequests evidenceRequests;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;

    private AccessFixture fixture;

    @BeforeAll
    void buildEachStateOnce() {
        fixture = AccessFixture.build(applications, evidenceRequests, drafts, tasks, taskService, management, accounts);
    }

    static Stream<Arguments> cells() {
        return Arrays.stream(Actor.values()).flatMap(actor -> Arrays.stream(State.values())
                .flatMap(state -> Arrays.stream(Read.values()).map(read -> Arguments.of(actor, state, read))));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("cells")
    void each_reader_reads_only_what_their_work_needs(Actor actor, State state, Read read) throws Exception {
        ApplicationDetails application = fixture.application(state);
        CurrentUser reader = fixture.user(actor, state);
        UUID document = application.documents().get(0).id();

        MockHttpServletResponse response = perform(read, application.id(), document, reader);

        if (AccessFixture.mayRead(actor, state)) {
            assertThat(response.getStatus()).as("status").isEqualTo(200);
            String body = response.getContentAsString();
            switch (read) {
                case DETAILS -> assertThat(body).contains(application.number(), document.toString());
                case TIMELINE -> assertThat(body).startsWith("[");
                case SELF_ASSESSMENT -> assertThat(body).isEqualTo(state == State.DRAFT
                        ? "[{\"elementCode\":\"SCPM-U1-E1\",\"level\":\"FULLY\",\"note\":\"Ran two programmes.\"}]"
                        : "[]");
                case UNITS -> {
                    if (state == State.AWAITING_DECISION || state == State.DECIDED) {
                        assertThat(body).contains("\"unitCode\":\"SCPM-U1\"");
                    } else {
                        assertThat(body).isEqualTo("[]");
                    }
                }
                case DOCUMENT_DOWNLOAD, DOCUMENT_INLINE ->
                        assertThat(response.getContentAsByteArray()).startsWith("%PDF-".getBytes());
            }
        } else {
            UUID unknown = UUID.randomUUID();
            MockHttpServletResponse forUnknown = perform(read, unknown, document, reader);
            assertThat(response.getStatus()).as("status").isEqualTo(404);
            assertThat(forUnknown.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString().replace(application.id().toString(), "ID"))
                    .as("the same answer as for an id that does not exist")
                    .isEqualTo(forUnknown.getContentAsString().replace(unknown.toString(), "ID"))
                    .doesNotContain(application.number());
        }
    }

    private MockHttpServletResponse perform(Read read, UUID application, UUID document, CurrentUser reader)
            throws Exception {
        return mvc.perform(get(read.path, application, document).with(as(reader))).andReturn().getResponse();
    }

    private static RequestPostProcessor as(CurrentUser reader) {
        return user(reader.username()).roles(reader.roles().stream().map(Enum::name).toArray(String[]::new));
    }
}
