package eu.skills4cities.citycert.certificate.lifecycle;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.FrameworkManagement;
import eu.skills4cities.citycert.framework.FrameworkVersionInfo;
import eu.skills4cities.citycert.framework.SchemeSettings;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle's timers come from the role's scheme settings in the certificate's own framework
 * version (here: reminders 60 and 14 days before expiry, suspensions of at most 2 months); a version
 * stored before {@code maxSuspensionMonths} existed reads it as the default.
 */
@CityCertSpringTest
class LifecycleSchemeTest {

    private static final CurrentUser ADMIN = CurrentUser.of("lifecycle-admin", Role.ADMIN);

    @Autowired
    FrameworkManagement frameworks;
    @Autowired
    FrameworkCatalogue catalogue;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateRegister register;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_reminder_ladder_and_the_maximum_suspension_are_the_roles_own() {
        String role = "TL" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        byte[] file = TestFrameworks.small().replace("TEST-SMALL", "LIFE-" + role).replace("TSTR", role)
                .replace("renewalReminderDays: [60, 14]", "renewalReminderDays: [60, 14]\n      maxSuspensionMonths: 2")
                .getBytes(StandardCharsets.UTF_8);
        frameworks.publish(ADMIN, frameworks.importFile(ADMIN, "lifecycle.yaml", file).id());
        CertificateInfo certificate = certificates.issue(applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application(role)).id()).get(0);
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(certificate.number())
                .singleResult();

        Instant expiresAt = certificate.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Job firstReminder = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .timers().activityId(LifecycleProcess.EVENT_REMINDER_DUE).singleResult();
        assertThat(firstReminder.getDuedate().toInstant()).isEqualTo(expiresAt.minus(Duration.ofDays(60)));
        assertThat(engine.getRuntimeService().getVariable(process.getId(), LifecycleProcess.VAR_REMINDER_LADDER))
                .isEqualTo("60,14");

        register.decide(accounts.create(Role.CERTIFICATION_OFFICER), certificate.number(), StatusDecision.SUSPEND,
                "Complaint.", true);
        Task decision = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED).singleResult();
        Instant twoMonths = decision.getCreateTime().toInstant().atZone(ZoneOffset.UTC).plusMonths(2).toInstant();
        assertThat(Duration.between(twoMonths, decision.getDueDate().toInstant()).abs())
                .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void a_version_stored_before_the_setting_existed_gets_the_default() {
        String role = "TO" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        byte[] file = TestFrameworks.small().replace("TEST-SMALL", "OLD-" + role).replace("TSTR", role)
                .getBytes(StandardCharsets.UTF_8);
        FrameworkVersionInfo version = frameworks.importFile(ADMIN, "old.yaml", file);
        // the JSON as a version stored before this change holds it: no maxSuspensionMonths
        jdbc.sql("UPDATE framework_version SET content = content #- '{roles,0,scheme,maxSuspensionMonths}' WHERE id = ?")
                .param(version.id()).update();
        // nor the renewal's settings (a version stored before renewals existed)
        for (String key : List.of("cpdHoursPerCycle", "cpdUnitsRequired", "renewalWindowDays")) {
            jdbc.sql("UPDATE framework_version SET content = content #- ('{roles,0,scheme,' || ? || '}')::text[] WHERE id = ?")
                    .params(key, version.id()).update();
        }
        assertThat(jdbc.sql("SELECT content::text FROM framework_version WHERE id = ?").param(version.id())
                .query(String.class).single()).doesNotContain("maxSuspensionMonths");

        UUID id = version.id();
        SchemeSettings scheme = catalogue.role(id, role).orElseThrow().role().scheme();

        assertThat(scheme.maxSuspensionMonths()).isEqualTo(SchemeSettings.DEFAULT_MAX_SUSPENSION_MONTHS);
        assertThat(scheme.renewalReminderDays()).containsExactly(60, 14);
        assertThat(scheme.cpdHoursPerCycle()).isEqualTo(SchemeSettings.DEFAULT_CPD_HOURS);
        assertThat(scheme.cpdUnitsRequired()).isEqualTo(SchemeSettings.DEFAULT_CPD_UNITS);
        assertThat(scheme.renewalWindowDays()).isEqualTo(SchemeSettings.DEFAULT_RENEWAL_WINDOW_DAYS);
    }
}
