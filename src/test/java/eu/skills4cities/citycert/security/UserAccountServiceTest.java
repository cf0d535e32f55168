package eu.skills4cities.citycert.security;

import java.util.Locale;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CityCertSpringTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountSettings settings;

    @Test
    void passwords_are_stored_as_bcrypt_hashes_only() {
        users.create(new NewAccount("hash.check", "Hash Check", "hash.check@test.citycert.test",
                "correct horse battery", Set.of(Role.REVIEWER)));

        String stored = jdbc.sql("SELECT password_hash FROM user_account WHERE username = 'hash.check'")
                .query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("correct horse battery");
        assertThat(passwordEncoder.matches("correct horse battery",
                userDetails.loadUserByUsername("hash.check").getPassword())).isTrue();
        assertThat(userDetails.loadUserByUsername("hash.check").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_REVIEWER");
    }

    @Test
    void the_engine_knows_each_account_and_its_group_so_candidate_groups_work() {
        users.create(new NewAccount("mirror.check", "Mira Mirror", "mirror.check@test.citycert.test",
                "long enough to pass", Set.of(Role.CERTIFICATION_OFFICER)));

        var engineUser = identityService.createUserQuery().userId("mirror.check").singleResult();
        assertThat(engineUser.getFirstName()).isEqualTo("Mira");
        assertThat(engineUser.getLastName()).isEqualTo("Mirror");
        assertThat(identityService.createGroupQuery().groupMember("mirror.check").list())
                .extracting(g -> g.getId()).containsExactly("certification-officers");
    }

    @Test
    void an_account_created_by_the_service_has_the_bounds_of_a_registration() {
        String longName = "N".repeat(201);

        assertThatThrownBy(() -> users.create(new NewAccount("bounded.name", longName, "bounded@test.citycert.test",
                "a long passphrase of ours", Set.of(Role.CANDIDATE))))
                .isInstanceOfSatisfying(jakarta.validation.ConstraintViolationException.class, e -> assertThat(
                        TestMessages.english(eu.skills4cities.citycert.base.InputProblems.of(e.getConstraintViolations())))
                        .containsExactly("fullName may have at most 200 characters."));
        assertThatThrownBy(() -> users.create(new NewAccount("bounded.nul", "Nul\u0000Byte", "bounded.nul@test.citycert.test",
                "a long passphrase of ours", Set.of(Role.CANDIDATE))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(users.exists("bounded.name")).isFalse();
        assertThat(users.exists("bounded.nul")).isFalse();
    }

    @Test
    void a_bad_request_lists_every_problem_and_creates_nothing() {
        users.create(new NewAccount("taken.name", "Taken", "taken@test.citycert.test", "long enough to pass",
                Set.of(Role.CANDIDATE)));

        assertThatThrownBy(() -> users.create(new NewAccount("taken.name", " ", "TAKEN@test.citycert.test", "short",
                Set.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(TestMessages.english(((InvalidInputException) e).problems()))
                        .containsExactly(
                                "The username 'taken.name' is taken.",
                                "The full name is required.",
                                "An account with this email address exists already.",
                                "The password must have at least 10 characters.",
                                "An account needs at least one role."));
        assertThatThrownBy(() -> users.create(new NewAccount("Bad Name!", "Someone", "not-an-email", "long enough to pass",
                Set.of(Role.CANDIDATE))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(2));
        assertThat(users.exists("Bad Name!")).isFalse();
    }

    @Test
    void the_profile_read_in_one_statement_is_the_profile_of_the_account() {
        UserProfile created = users.create(new NewAccount("profile.check", "Petra Profile",
                "profile.check@test.citycert.test", "long enough to pass", Set.of(Role.REVIEWER, Role.ASSESSOR)));
        settings.chooseLanguage(new CurrentUser("profile.check", created.roles()), "de");

        UserProfile read = users.find("profile.check").orElseThrow();
        UserProfile fromAccount = users.withRole(Role.ASSESSOR).stream()
                .filter(profile -> profile.username().equals("profile.check")).findFirst().orElseThrow();

        assertThat(read).isEqualTo(fromAccount);
        assertThat(read.fullName()).isEqualTo("Petra Profile");
        assertThat(read.email()).isEqualTo("profile.check@test.citycert.test");
        assertThat(read.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.ASSESSOR);
        assertThat(read.language()).isEqualTo(Locale.GERMAN);
        assertThatThrownBy(() -> read.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fromAccount.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }
}
