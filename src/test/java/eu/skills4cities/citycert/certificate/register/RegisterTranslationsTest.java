package eu.skills4cities.citycert.certificate.register;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import eu.skills4cities.citycert.certificate.CertificateStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The register builds some message keys from enums; each of them has an English text. */
class RegisterTranslationsTest {

    @Test
    void every_key_built_from_a_status_or_decision_has_an_english_text() throws IOException {
        Properties english = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (CertificateStatus status : CertificateStatus.values()) {
            keys.add("certificate-register.status." + status.name());
        }
        for (StatusDecision decision : StatusDecision.values()) {
            String prefix = "certificate-register.decision." + decision.name();
            keys.addAll(List.of(prefix, prefix + ".title", prefix + ".text", prefix + ".done",
                    "certificate-register.history." + decision.name(),
                    "mail." + decision.mailKey() + ".subject", "mail." + decision.mailKey() + ".body"));
        }
        for (String column : CertificateRegister.CSV_COLUMNS) {
            keys.add("certificate-register.csv." + column);
        }

        assertThat(keys.stream().filter(key -> !english.containsKey(key)).toList()).isEmpty();
    }
}
