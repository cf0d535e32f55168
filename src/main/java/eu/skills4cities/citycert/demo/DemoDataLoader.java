package eu.skills4cities.citycert.demo;

import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.framework.CertificationRole;
import eu.skills4cities.citycert.framework.FrameworkService;
import eu.skills4cities.citycert.security.NewAccount;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo roles and accounts once; later starts find them and change nothing. */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    static final List<CertificationRole> SAMPLE_ROLES = List.of(
            new CertificationRole("SCPD", "Smart City Project Developer", 6,
                    "Initiates, lobbies for, plans and pitches smart city projects. (Sample content.)", true),
            new CertificationRole("SCPM", "Smart City Project Manager", 6,
                    "Runs smart city projects to completion. (Sample content.)", true),
            new CertificationRole("SCPMC", "Smart City Project Management Consultant", 7,
                    "Advises cities on smart city projects and their management. (Sample content.)", true));

    record DemoAccount(String username, String fullName, Role role) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("candidate", "Cara Candidate", Role.CANDIDATE),
            new DemoAccount("candidate2", "Carl Second", Role.CANDIDATE),
            new DemoAccount("reviewer", "Rita Reviewer", Role.REVIEWER),
            new DemoAccount("assessor", "Arne Assessor", Role.ASSESSOR),
            new DemoAccount("officer", "Olga Officer", Role.CERTIFICATION_OFFICER),
            new DemoAccount("auditor", "Aldo Auditor", Role.AUDITOR),
            new DemoAccount("admin", "Ada Admin", Role.ADMIN));

    private final FrameworkService framework;
    private final UserAccountService users;
    private final DemoProperties properties;

    DemoDataLoader(FrameworkService framework, UserAccountService users, DemoProperties properties) {
        this.framework = framework;
        this.users = users;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SAMPLE_ROLES.forEach(framework::saveRole);
        for (DemoAccount account : ACCOUNTS) {
            if (!users.exists(account.username())) {
                users.create(new NewAccount(account.username(), account.fullName(),
                        account.username() + "@demo.citycert.test", properties.password(), Set.of(account.role())));
            }
        }
        log.info("Demo data ready: {} roles, {} accounts", SAMPLE_ROLES.size(), ACCOUNTS.size());
    }
}
