package eu.skills4cities.citycert.assessment;

import eu.skills4cities.citycert.base.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;

/** A reviewer's verdict on one unit; a reason is needed unless the evidence is sufficient. */
public record UnitVerdict(@Schema(example = "SCPD-U1") @PlainText String unitCode,
                          @Schema(example = "MORE_NEEDED") ReviewVerdict verdict,
                          @Schema(example = "The feasibility study is not signed; add the signed version.")
                          @PlainText(multiLine = true) String reason) {
}
