package eu.skills4cities.citycert.privacy;

import java.time.Clock;

import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together a person's own data; each part is read through its feature's own access rules. */
@Service
public class PersonalDataService {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataService.class);

    private final UserAccountService users;
    private final ApplicationService applications;
    private final StaffTaskService tasks;
    private final CertificateService certificates;
    private final Clock clock;

    PersonalDataService(UserAccountService users, ApplicationService applications, StaffTaskService tasks,
                        CertificateService certificates, Clock clock) {
        this.users = users;
        this.applications = applications;
        this.tasks = tasks;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** The signed-in person's own data; nobody can export someone else's. */
    @Transactional(readOnly = true)
    public PersonalDataExport export(CurrentUser user) {
        var profile = users.find(user.username()).orElseThrow(() -> new AccessDeniedException("No such account"));
        var records = applications.mine(user).stream()
                .map(summary -> applications.get(user, summary.id()))
                .map(application -> new PersonalDataExport.ApplicationRecord(application,
                        tasks.outcomes(application.id()),
                        application.documents().stream()
                                .map(d -> "/" + ApplicationLinks.document(application.id(), d.id())).toList()))
                .toList();
        log.info("Personal data exported by {}", user.username());
        return new PersonalDataExport(clock.instant(), profile, records, certificates.mine(user));
    }
}
