package eu.skills4cities.citycert.certificate.register;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import eu.skills4cities.citycert.base.SafeCsv;

/** Writes the register as CSV, one line per entry, in the columns of the export ({@link SafeCsv}). */
final class RegisterCsv {

    private final SafeCsv csv;

    RegisterCsv(Writer out) {
        this.csv = new SafeCsv(out);
    }

    void header(List<String> titles) throws IOException {
        csv.line(titles);
    }

    void entry(RegisterEntry entry) throws IOException {
        csv.line(java.util.Arrays.asList(entry.number(), entry.holderName(), entry.roleCode(), entry.roleTitle(),
                entry.unitCode(), entry.unitTitle(), entry.eqfLevel() == null ? null : entry.eqfLevel().toString(),
                entry.frameworkLabel(), entry.issuedOn().toString(), entry.validUntil().toString(),
                entry.status().name(), entry.supersededByNumber()));
    }
}
