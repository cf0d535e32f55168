package eu.skills4cities.citycert.certificate.register;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export goes, opened only once the export may start: a refused or invalid request
 * can still be answered with an error instead of a half-written file.
 */
@FunctionalInterface
public interface CsvDestination {

    OutputStream open() throws IOException;
}
