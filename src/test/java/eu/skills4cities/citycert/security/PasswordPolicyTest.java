package eu.skills4cities.citycert.security;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "password1234", "Passw0rd2024", "iloveyou1234", "1qaz2wsx3edc",
            "aaaaaaaaaaaa", "1234567890", "test-password"})
    void passwords_people_actually_use_are_refused(String password) {
        assertThat(TestMessages.english(PasswordPolicy.problems(password, "maria.ivanova", "maria@example.org")))
                .containsExactly("This password is too easy to guess; choose a longer, less common one.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a long passphrase of my own", "correct horse battery staple", "Kettle-Dune-Orbit-41"})
    void a_good_passphrase_is_accepted(String password) {
        assertThat(PasswordPolicy.problems(password, "maria.ivanova", "maria@example.org")).isEmpty();
    }

    @Test
    void the_documented_demo_password_and_the_test_fixtures_pass() {
        for (String username : new String[] {"admin", "candidate", "reviewer", "assessor", "officer", "auditor"}) {
            assertThat(PasswordPolicy.problems("citycert-demo", username, username + "@demo.citycert.test"))
                    .as("demo account %s", username).isEmpty();
        }
        assertThat(PasswordPolicy.problems(TestAccounts.PASSWORD, "candidate-123-4", "candidate-123-4@test.citycert.test"))
                .isEmpty();
        assertThat(PasswordPolicy.problems("a long passphrase", "reg.abc", "reg.abc@example.org")).isEmpty();
    }

    @Test
    void the_account_own_name_and_address_are_words_the_estimator_knows() {
        // strong for anybody else, but only the account's name in l33t for this one
        assertThat(PasswordPolicy.problems("Kw1atk0wsk4!", "maria.ivanova", "maria@example.org")).isEmpty();
        assertThat(TestMessages.english(PasswordPolicy.problems("Kw1atk0wsk4!", "kwiatkowska", "kasia@example.org")))
                .containsExactly("This password is too easy to guess; choose a longer, less common one.");
        assertThat(TestMessages.english(PasswordPolicy.problems("Kwiatkowska-Kasia", "kwiatkowska", "kasia@example.org")))
                .containsExactly("The password must not contain your username or email address.");
    }

    @Test
    void length_comes_first() {
        assertThat(TestMessages.english(PasswordPolicy.problems("short", "x", "x@example.org")))
                .containsExactly("The password must have at least 10 characters.");
        assertThat(TestMessages.english(PasswordPolicy.problems("x".repeat(129), "x", "x@example.org")))
                .containsExactly("The password may have at most 128 characters.");
    }
}
