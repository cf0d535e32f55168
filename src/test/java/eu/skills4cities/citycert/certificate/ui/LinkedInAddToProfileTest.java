package eu.skills4cities.citycert.certificate.ui;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedInAddToProfileTest {

    @Test
    void every_parameter_is_named_as_linkedin_documents_it_and_every_value_is_percent_encoded() {
        String url = LinkedInAddToProfile.url("Unit U2 Stakeholders & Pitching (Smart City Project Developer)",
                "Agència Urbana + Co", LocalDate.of(2026, 12, 1), LocalDate.of(2028, 11, 30),
                "https://citycert.example.org/verify/CC-2026-7KQ4-9XH3?x=1", "CC-2026-7KQ4-9XH3");

        assertThat(url).isEqualTo("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                + "&name=Unit%20U2%20Stakeholders%20%26%20Pitching%20%28Smart%20City%20Project%20Developer%29"
                + "&organizationName=Ag%C3%A8ncia%20Urbana%20%2B%20Co"
                + "&issueYear=2026&issueMonth=12&expirationYear=2028&expirationMonth=11"
                + "&certUrl=https%3A%2F%2Fcitycert.example.org%2Fverify%2FCC-2026-7KQ4-9XH3%3Fx%3D1"
                + "&certId=CC-2026-7KQ4-9XH3");
    }

    @Test
    void months_are_numbers_from_one_to_twelve_without_padding() {
        String url = LinkedInAddToProfile.url("Role", "Body", LocalDate.of(2027, 1, 31), LocalDate.of(2029, 1, 30),
                "https://x.example/verify/CC-1", "CC-1");

        assertThat(url).contains("&issueYear=2027&issueMonth=1&expirationYear=2029&expirationMonth=1&");
    }
}
