package eu.skills4cities.citycert.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.framework.FrameworkManagement;
import eu.skills4cities.citycert.framework.FrameworkVersionInfo;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewAccount;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data once: the sample Skills4Cities framework (imported and published
 * like any framework file), one account per actor (two exam authors, for the four-eyes approval)
 * and the sample item bank ({@link DemoItemBank}). Later starts find them and change
 * nothing.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String SAMPLE_FRAMEWORK = "framework/skills4cities-sample.yaml";
    static final String SAMPLE_FRAMEWORK_CODE = "S4C-SMART-CITY";
    /** The demo data acts as an administrator would, under this name in the records. */
    private static final CurrentUser LOADER = CurrentUser.of("demo-data", Role.ADMIN);

    record DemoAccount(String username, String fullName, Role role) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("candidate", "Cara Candidate", Role.CANDIDATE),
            new DemoAccount("candidate2", "Carl Second", Role.CANDIDATE),
            new DemoAccount(DemoCertificates.HOLDER, "Hana Holder", Role.CANDIDATE),
            new DemoAccount("reviewer", "Rita Reviewer", Role.REVIEWER),
            new DemoAccount("assessor", "Arne Assessor", Role.ASSESSOR),
            new DemoAccount("officer", "Olga Officer", Role.CERTIFICATION_OFFICER),
            new DemoAccount("auditor", "Aldo Auditor", Role.AUDITOR),
            new DemoAccount("panel", "Paula Panel", Role.APPEALS_PANEL),
            new DemoAccount(DemoItemBank.AUTHOR, "Edda Author", Role.EXAM_AUTHOR),
            new DemoAccount(DemoItemBank.SECOND_AUTHOR, "Emil Second Author", Role.EXAM_AUTHOR),
            new DemoAccount("admin", "Ada Admin", Role.ADMIN));

    private final FrameworkManagement frameworks;
    private final UserAccountService users;
    private final DemoProperties properties;
    private final DemoCertificates certificates;
    private final DemoItemBank itemBank;

    DemoDataLoader(FrameworkManagement frameworks, UserAccountService users, DemoProperties properties,
                   DemoCertificates certificates, DemoItemBank itemBank) {
        this.frameworks = frameworks;
        this.users = users;
        this.properties = properties;
        this.certificates = certificates;
        this.itemBank = itemBank;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!frameworks.exists(SAMPLE_FRAMEWORK_CODE)) {
            try (InputStream in = new ClassPathResource(SAMPLE_FRAMEWORK).getInputStream()) {
                FrameworkVersionInfo draft = frameworks.importFile(LOADER, "skills4cities-sample.yaml", in.readAllBytes());
                frameworks.publish(LOADER, draft.id());
            }
        }
        for (DemoAccount account : ACCOUNTS) {
            if (!users.exists(account.username())) {
                users.create(new NewAccount(account.username(), account.fullName(),
                        account.username() + "@demo.citycert.test", properties.password(), Set.of(account.role())));
            }
        }
        itemBank.load();
        if (properties.certifiedHolder()) {
            certificates.certifyHolder();
        }
        log.info("Demo data ready: sample framework {} and {} accounts", SAMPLE_FRAMEWORK_CODE, ACCOUNTS.size());
    }
}
