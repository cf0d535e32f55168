package eu.skills4cities.citycert.complaint;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint pages and mails build some message keys from enums and task ids; each has an English text. */
class ComplaintTranslationsTest {

    @Test
    void every_key_built_from_a_subject_triage_outcome_or_task_has_an_english_text() throws IOException {
        Properties english = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (ComplaintSubject subject : ComplaintSubject.values()) {
            keys.add("complaint-form.subject." + subject);
            keys.add("complaints.subject." + subject);
        }
        for (Triage triage : Triage.values()) {
            keys.add("complaints.triage." + triage);
        }
        for (ComplaintOutcome outcome : ComplaintOutcome.values()) {
            keys.add("complaints.outcome." + outcome);
            if (outcome.ends(Triage.ABOUT_THE_BODY)) {
                keys.add("mail.complaint-outcome-" + outcome + ".subject");
                keys.add("mail.complaint-outcome-" + outcome + ".body");
            }
        }
        for (String task : List.of(ComplaintProcess.ACTIVITY_TRIAGE, ComplaintProcess.ACTIVITY_INVESTIGATE_BODY,
                ComplaintProcess.ACTIVITY_INVESTIGATE_HOLDER, "null")) {
            keys.add("complaints.task." + task);
        }
        for (String mail : List.of("confirm", "acknowledged", "not-a-complaint", "about-you", "outcome-holder",
                "progress")) {
            keys.add("mail.complaint-" + mail + ".subject");
            keys.add("mail.complaint-" + mail + ".body");
        }

        assertThat(keys.stream().filter(key -> !english.containsKey(key)).toList()).isEmpty();
    }
}
