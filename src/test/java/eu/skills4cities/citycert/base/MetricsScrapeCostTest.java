package eu.skills4cities.citycert.base;

import java.time.Duration;
import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.security.Role;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a scrape of CityCert's metrics costs the database: at most one statement per reading (the audit chain's
 * quick check a few), the same however many rows there are, and none again within the readings' maximum age
 * ({@code citycert.metrics.max-age}, one second in the tests).
 */
@CityCertSpringTest
class MetricsScrapeCostTest {

    /** queues, overdue tasks, failed jobs, incidents, mail backlog, certificates: one each; the audit chain's check. */
    private static final int SINGLE_READINGS = 6;
    private static final int AUDIT_CHECK = 4;

    @Autowired
    MeterRegistry registry;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;

    @Test
    void a_scrape_costs_a_fixed_number_of_statements_and_none_within_the_maximum_age() {
        List<Meter> meters = citycertMeters();
        assertThat(meters).extracting(meter -> meter.getId().getName()).contains("citycert.inbox.queues",
                "citycert.inbox.tasks.overdue", "citycert.engine.jobs.failed", "citycert.engine.incidents.open",
                "citycert.mail.backlog", "citycert.mail.given.up", "citycert.certificates.issued",
                "citycert.audit.chain.intact", "citycert.audit.chain.head", "citycert.audit.chain.signed");

        int first = scrapeAfterMaximumAge();
        int within = SqlStatementCounter.count(() -> scrape(citycertMeters()));
        for (int i = 0; i < 3; i++) {
            applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPD"));
        }
        int moreRows = scrapeAfterMaximumAge();

        assertThat(first).isPositive().isLessThanOrEqualTo(SINGLE_READINGS + AUDIT_CHECK);
        assertThat(within).isZero();
        assertThat(moreRows).isEqualTo(first);
    }

    private int scrapeAfterMaximumAge() {
        await().pollDelay(Duration.ofMillis(1100)).atMost(Duration.ofSeconds(5)).until(() -> true);
        return SqlStatementCounter.count(() -> scrape(citycertMeters()));
    }

    private List<Meter> citycertMeters() {
        return registry.getMeters().stream().filter(meter -> meter.getId().getName().startsWith("citycert.")).toList();
    }

    private static void scrape(List<Meter> meters) {
        meters.forEach(meter -> meter.measure().forEach(measurement -> assertThat(measurement.getValue()).isNotNaN()));
    }
}
