package eu.skills4cities.citycert.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.base.NameKeys;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.RegisterEntry;
import eu.skills4cities.citycert.certificate.register.RegisterQuery;
import eu.skills4cities.citycert.certificate.register.RegisterRows;
import eu.skills4cities.citycert.certificate.register.RegisterSort;
import eu.skills4cities.citycert.inbox.InboxQuery;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewAccount;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches by a person's name ignore case and accents in every language CityCert speaks, in the certificate
 * register, the staff inbox and the auditor's applications: "zoe" finds "Zoë", "angstrom" finds "Ångström",
 * Greek and Cyrillic names are found in their own script in any case, and Greek final sigma matches sigma.
 * The register's and the accounts' searches are served by their trigram indexes.
 */
@CityCertSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameSearchTest {

    private static final List<String> NAMES = List.of("Zoë Ångström", "Δημήτρης Παπαδόπουλος", "Йордан Петров",
            "Zoe Plain");

    @Autowired
    CertificateRegister register;
    @Autowired
    ApplicationService applications;
    @Autowired
    SubmittedApplications submitted;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserAccountService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CandidateNameKeys candidateNameKeys;
    @Autowired
    NameKeys nameKeys;

    private final String token = "ns" + Long.toString(System.nanoTime(), 36);
    private CurrentUser auditor;
    private CurrentUser reviewer;
    private RegisterRows rows;
    private final java.util.Map<String, String> numberByName = new java.util.HashMap<>();

    /** Four candidates named in three scripts, each with a submitted application and a certificate row. */
    @BeforeAll
    void fourPeople() {
        auditor = accounts.create(Role.AUDITOR);
        reviewer = accounts.create(Role.REVIEWER);
        rows = new RegisterRows(jdbc, applications, accounts.create(Role.CANDIDATE));
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i) + " " + token;
            String username = token + "-" + i;
            users.create(new NewAccount(username, name, username + "@test.citycert.test", TestAccounts.PASSWORD,
                    Set.of(Role.CANDIDATE)));
            numberByName.put(NAMES.get(i), applications.submit(CurrentUser.of(username, Role.CANDIDATE),
                    TestDocuments.application("SCPD")).number());
            rows.insert(String.valueOf(i), name, "SCPD", LocalDate.of(2026, 1, 1));
        }
    }

    @Test
    void the_register_finds_names_whatever_their_case_and_accents() {
        assertThat(holders("zoe")).containsExactlyInAnyOrder("Zoë Ångström", "Zoe Plain");
        assertThat(holders("ZOË")).containsExactlyInAnyOrder("Zoë Ångström", "Zoe Plain");
        assertThat(holders("angstrom")).containsExactly("Zoë Ångström");
        assertThat(holders("ΔΗΜΗΤΡΗΣ")).as("Greek capitals, final sigma").containsExactly("Δημήτρης Παπαδόπουλος");
        assertThat(holders("παπαδοπουλος")).as("Greek without tonos").containsExactly("Δημήτρης Παπαδόπουλος");
        assertThat(holders("йордан")).as("Cyrillic lower case").containsExactly("Йордан Петров");
        assertThat(holders("ПЕТРОВ")).as("Cyrillic capitals").containsExactly("Йордан Петров");
        assertThat(holders("petrov")).as("no transliteration between scripts").isEmpty();
    }

    @Test
    void the_inbox_finds_candidates_whatever_their_case_and_accents() {
        assertThat(inboxNames("zoe")).containsExactlyInAnyOrder("Zoë Ångström", "Zoe Plain");
        assertThat(inboxNames("ÅNGSTRÖM")).containsExactly("Zoë Ångström");
        assertThat(inboxNames("δημητρης")).containsExactly("Δημήτρης Παπαδόπουλος");
        assertThat(inboxNames("ЙОРДАН")).containsExactly("Йордан Петров");
    }

    @Test
    void the_auditors_applications_find_candidates_whatever_their_case_and_accents() {
        assertThat(auditNames("ZOE")).containsExactlyInAnyOrder("Zoë Ångström", "Zoe Plain");
        assertThat(auditNames("angstrom")).containsExactly("Zoë Ångström");
        assertThat(auditNames("ΠΑΠΑΔΌΠΟΥΛΟΣ")).containsExactly("Δημήτρης Παπαδόπουλος");
        assertThat(auditNames("петров")).containsExactly("Йордан Петров");
    }

    @Test
    void processes_started_before_the_folded_name_get_it_when_the_node_starts() {
        String number = numberByName.get("Йордан Петров");
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        runtime.removeVariable(process, CertificationProcess.VAR_CANDIDATE_NAME_KEY);
        assertThat(inboxNames("йордан")).as("without its folded name the process is not found").isEmpty();

        assertThat(candidateNameKeys.backfill()).isGreaterThanOrEqualTo(1);

        assertThat(runtime.getVariable(process, CertificationProcess.VAR_CANDIDATE_NAME_KEY))
                .isEqualTo(nameKeys.fold("Йордан Петров " + token));
        assertThat(inboxNames("йордан")).containsExactly("Йордан Петров");
    }

    @Test
    void name_searches_are_served_by_trigram_indexes() {
        assertThat(plan("EXPLAIN SELECT id FROM certificate WHERE holder_name_key LIKE citycert_fold('%Zoë%')"))
                .contains("certificate_holder_name_key_idx");
        assertThat(plan("EXPLAIN SELECT username FROM user_account WHERE full_name_key LIKE citycert_fold('%Zoë%')"))
                .contains("user_account_full_name_key_idx");
    }

    private String plan(String explain) {
        return transactions.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return String.join("\n", jdbc.sql(explain).query(String.class).list());
        });
    }

    private List<String> holders(String part) {
        return register.search(auditor, new RegisterQuery(null, part, null, null, null, null, null,
                        null, RegisterSort.NUMBER, false), 0, 200).stream()
                .map(RegisterEntry::holderName).filter(name -> name.endsWith(token)).map(this::withoutToken).toList();
    }

    private List<String> inboxNames(String part) {
        InboxQuery query = new InboxQuery(InboxQuery.Scope.WORKABLE, null, null, false, null, part, null, false);
        return inbox.inbox(reviewer, query, 0, 200).stream().map(StaffTask::candidateName)
                .filter(name -> name != null && name.endsWith(token)).map(this::withoutToken).toList();
    }

    private List<String> auditNames(String text) {
        return submitted.search(auditor, text, 0, 200).stream().map(SubmittedApplication::candidateName)
                .filter(name -> name.endsWith(token)).map(this::withoutToken).toList();
    }

    private String withoutToken(String name) {
        return name.substring(0, name.length() - token.length() - 1);
    }
}
