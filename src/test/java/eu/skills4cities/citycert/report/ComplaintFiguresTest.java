package eu.skills4cities.citycert.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.complaint.Triage;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The period figures count complaints received (once they count) and decided, from report_complaint (V33). */
@CityCertSpringTest
class ComplaintFiguresTest {

    @Autowired
    Reports reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestComplaints complaints;
    @Autowired
    ComplaintWork work;

    @Test
    void a_complaint_is_counted_when_received_and_when_decided() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ReportFilter filter = reports.filter(officer, today, today, null);
        long received = count(officer, filter, PeriodMeasure.COMPLAINTS_RECEIVED);
        long decided = count(officer, filter, PeriodMeasure.COMPLAINTS_DECIDED);

        String number = complaints.aboutBody(accounts.create(Role.CANDIDATE));
        assertThat(count(officer, filter, PeriodMeasure.COMPLAINTS_RECEIVED)).isEqualTo(received + 1);
        assertThat(count(officer, filter, PeriodMeasure.COMPLAINTS_DECIDED)).isEqualTo(decided);

        work.triage(officer, number, Triage.NOT_A_COMPLAINT, "A question, answered.");
        assertThat(count(officer, filter, PeriodMeasure.COMPLAINTS_DECIDED)).isEqualTo(decided + 1);
    }

    private long count(CurrentUser officer, ReportFilter filter, PeriodMeasure measure) {
        List<PeriodCount> counts = reports.periodCounts(officer, filter);
        return counts.stream().filter(c -> c.measure() == measure).findFirst().orElseThrow().count();
    }
}
