package eu.skills4cities.citycert.appeal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.report.OutcomeTime;
import eu.skills4cities.citycert.report.PeriodMeasure;
import eu.skills4cities.citycert.report.ReportFilter;
import eu.skills4cities.citycert.report.Reports;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An appeal made and upheld through the services is counted by the reports (report_appeal, V37) today, for
 * the role of its application: received when made, decided and upheld when the panel upholds it.
 */
@CityCertSpringTest
class AppealReportsTest {

    @Autowired
    Reports reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AppealFixture fixture;
    @Autowired
    AppealPanel panel;

    @Test
    void an_appeal_is_counted_when_received_and_when_upheld() {
        CurrentUser auditor = accounts.create(Role.AUDITOR);
        CertificateInfo certificate = fixture.decided(accounts.create(Role.CERTIFICATION_OFFICER), StatusDecision.WITHDRAW);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ReportFilter filter = reports.filter(auditor, today, today, certificate.roleCode());
        long received = count(auditor, filter, PeriodMeasure.APPEALS_RECEIVED);
        long decided = count(auditor, filter, PeriodMeasure.APPEALS_DECIDED);
        long upheld = count(auditor, filter, PeriodMeasure.APPEALS_UPHELD);
        OutcomeTime before = appeals(auditor, filter);

        Appeal appeal = fixture.appeal(AppealFixture.holderOf(certificate), ContestedKind.WITHDRAWN);
        assertThat(count(auditor, filter, PeriodMeasure.APPEALS_RECEIVED)).isEqualTo(received + 1);
        assertThat(count(auditor, filter, PeriodMeasure.APPEALS_DECIDED)).isEqualTo(decided);

        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        panel.claim(member, appeal.id());
        panel.decide(member, appeal.id(), AppealOutcome.UPHELD, "The former employer confirmed the letter.", true);

        assertThat(count(auditor, filter, PeriodMeasure.APPEALS_DECIDED)).isEqualTo(decided + 1);
        assertThat(count(auditor, filter, PeriodMeasure.APPEALS_UPHELD)).isEqualTo(upheld + 1);
        OutcomeTime after = appeals(auditor, filter);
        assertThat(after.received()).isEqualTo(before.received() + 1);
        assertThat(after.decided()).isEqualTo(before.decided() + 1);
        assertThat(after.upheld()).isEqualTo(before.upheld() + 1);
        assertThat(after.medianDays()).as("decided the day it came").isLessThan(java.math.BigDecimal.ONE);
    }

    private long count(CurrentUser reader, ReportFilter filter, PeriodMeasure measure) {
        return reports.periodCounts(reader, filter).stream().filter(c -> c.measure() == measure).findFirst()
                .orElseThrow().count();
    }

    private OutcomeTime appeals(CurrentUser reader, ReportFilter filter) {
        return reports.outcomeTimes(reader, filter).stream().filter(o -> o.kind().equals("APPEAL")).findFirst()
                .orElse(new OutcomeTime("APPEAL", 0, 0, 0, null));
    }
}
