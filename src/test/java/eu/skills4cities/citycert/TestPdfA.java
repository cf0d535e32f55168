package eu.skills4cities.citycert;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/** veraPDF's verdict on a PDF CityCert writes: PDF/A-1b, or the rules it breaks. */
public final class TestPdfA {

    private TestPdfA() {
    }

    public static void assertPdfA1b(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_1_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, true)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(result.getTestAssertions().stream()
                            .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                            .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                                    + a.getMessage())
                            .distinct().collect(Collectors.joining("\n")))
                    .isTrue();
        }
    }
}
