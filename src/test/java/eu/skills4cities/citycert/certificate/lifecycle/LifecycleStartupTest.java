package eu.skills4cities.citycert.certificate.lifecycle;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade: a certificate issued before the lifecycle process existed (a row without a process)
 * gets exactly one on start; running the step again starts none more. A certificate recorded as
 * suspended before the upgrade gets the officers' decision task at once.
 */
@CityCertSpringTest
class LifecycleStartupTest {

    @Autowired
    LifecycleStartup startup;
    @Autowired
    TestCertificates certificates;
    @Autowired
    CertificateRegister register;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_certificate_without_a_process_gets_exactly_one_and_a_second_run_starts_none() {
        CertificateInfo legacy = asIssuedBeforeTheUpgrade(certificates.issue());
        assertThat(instances(legacy)).isZero();

        int started = startup.startMissing();

        assertThat(started).isGreaterThanOrEqualTo(1);
        assertThat(instances(legacy)).isOne();
        assertThat(jdbc.sql("SELECT lifecycle_process FROM certificate WHERE id = ?").param(legacy.id())
                .query(String.class).single()).isNotNull();

        assertThat(startup.startMissing()).as("the second run").isZero();
        assertThat(instances(legacy)).isOne();
    }

    @Test
    void a_certificate_suspended_before_the_upgrade_gets_its_decision_task() {
        CertificateInfo suspended = certificates.issue();
        register.decide(accounts.create(Role.CERTIFICATION_OFFICER), suspended.number(), StatusDecision.SUSPEND,
                "Suspended before the upgrade.", true);
        asIssuedBeforeTheUpgrade(suspended);

        startup.startMissing();

        assertThat(instances(suspended)).isOne();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(suspended.number())
                .taskDefinitionKey(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED).count()).isOne();
    }

    @Test
    void withdrawn_certificates_get_no_process() {
        CertificateInfo withdrawn = certificates.issue();
        register.decide(accounts.create(Role.CERTIFICATION_OFFICER), withdrawn.number(), StatusDecision.WITHDRAW,
                "Withdrawn before the upgrade.", true);
        asIssuedBeforeTheUpgrade(withdrawn);

        startup.startMissing();

        assertThat(instances(withdrawn)).isZero();
    }

    /** The row as the upgrade finds it: no lifecycle process (the one issuing started is removed). */
    private CertificateInfo asIssuedBeforeTheUpgrade(CertificateInfo certificate) {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LifecycleProcess.PROCESS_KEY)
                .processInstanceBusinessKey(certificate.number()).list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test"));
        jdbc.sql("UPDATE certificate SET lifecycle_process = NULL WHERE id = ?").param(certificate.id()).update();
        return certificate;
    }

    private long instances(CertificateInfo certificate) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(certificate.number())
                .count();
    }
}
