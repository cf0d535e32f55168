package eu.skills4cities.citycert;

import java.nio.charset.StandardCharsets;

import eu.skills4cities.citycert.application.SubmitApplication;
import eu.skills4cities.citycert.application.UploadedDocument;

/** Small, valid inputs for tests. */
public final class TestDocuments {

    public static final String STATEMENT = "I led the smart street lighting programme of my city for three years.";

    private TestDocuments() {
    }

    /** A tiny but well-formed PDF. */
    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** An application that passes every sample eligibility rule (10 years, a master's degree). */
    public static SubmitApplication application(String roleCode) {
        return new SubmitApplication(roleCode, STATEMENT, 10, 7,
                new UploadedDocument("portfolio.pdf", "application/pdf", pdf()), true);
    }
}
