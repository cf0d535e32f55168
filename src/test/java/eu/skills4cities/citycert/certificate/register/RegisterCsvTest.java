package eu.skills4cities.citycert.certificate.register;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.base.SafeCsv;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterCsvTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(SafeCsv.cell("plain")).isEqualTo("plain");
        assertThat(SafeCsv.cell("Doe, Jane")).isEqualTo("\"Doe, Jane\"");
        assertThat(SafeCsv.cell("Jane \"JJ\" Doe")).isEqualTo("\"Jane \"\"JJ\"\" Doe\"");
        assertThat(SafeCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(SafeCsv.cell("Zoë Šťastná")).isEqualTo("Zoë Šťastná");
        assertThat(SafeCsv.cell(null)).isEmpty();
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(SafeCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(SafeCsv.cell("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(SafeCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SafeCsv.cell("-0.5331")).isEqualTo("-0.5331");
        assertThat(SafeCsv.cell("-1-1")).isEqualTo("'-1-1");
        assertThat(SafeCsv.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(SafeCsv.cell("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(SafeCsv.cell("\r=cmd")).isEqualTo("\"'\r=cmd\"");
        assertThat(SafeCsv.cell("=HYPERLINK(\"http://evil\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(SafeCsv.cell("Anne-Marie = fine")).isEqualTo("Anne-Marie = fine");
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
