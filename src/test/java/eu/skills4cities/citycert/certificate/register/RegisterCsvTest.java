package eu.skills4cities.citycert.certificate.register;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.certificate.CertificateStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterCsvTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(RegisterCsv.text("plain")).isEqualTo("plain");
        assertThat(RegisterCsv.text("Doe, Jane")).isEqualTo("\"Doe, Jane\"");
        assertThat(RegisterCsv.text("Jane \"JJ\" Doe")).isEqualTo("\"Jane \"\"JJ\"\" Doe\"");
        assertThat(RegisterCsv.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(RegisterCsv.text("Zoë Šťastná")).isEqualTo("Zoë Šťastná");
        assertThat(RegisterCsv.text(null)).isEmpty();
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(RegisterCsv.text("=1+1")).isEqualTo("'=1+1");
        assertThat(RegisterCsv.text("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(RegisterCsv.text("-2+3")).isEqualTo("'-2+3");
        assertThat(RegisterCsv.text("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(RegisterCsv.text("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(RegisterCsv.text("\r=cmd")).isEqualTo("\"'\r=cmd\"");
        assertThat(RegisterCsv.text("=HYPERLINK(\"http://evil\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(RegisterCsv.text("Anne-Marie = fine")).isEqualTo("Anne-Marie = fine");
    }

    @Test
    void an_entry_is_one_crlf_line_with_dates_in_iso_form() throws IOException {
        StringWriter out = new StringWriter();
        RegisterCsv csv = new RegisterCsv(out);

        csv.header(List.of("Number", "Holder, name"));
        csv.entry(new RegisterEntry(UUID.randomUUID(), "CC-2026-AAAA-BBBB", "jane", "-Jane", "SCPD",
                "Smart City Project Developer", null, null, null, null, LocalDate.of(2026, 1, 2),
                LocalDate.of(2029, 1, 2), CertificateStatus.SUSPENDED, null));

        assertThat(out.toString()).isEqualTo("Number,\"Holder, name\"\r\n"
                + "CC-2026-AAAA-BBBB,'-Jane,SCPD,Smart City Project Developer,,,,,2026-01-02,2029-01-02,SUSPENDED,\r\n");
    }
}
