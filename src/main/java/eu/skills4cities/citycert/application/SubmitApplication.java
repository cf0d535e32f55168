package eu.skills4cities.citycert.application;

import eu.skills4cities.citycert.base.PlainText;
import jakarta.validation.Valid;

/**
 * What a candidate sends to apply: the role, a short statement, the answers to the
 * eligibility questions, one PDF and the declaration.
 *
 * @param experienceYears   years of relevant professional experience
 * @param educationLevel    the EQF level (1 to 8) of the candidate's highest qualification
 * @param recertificationOf to recertify: the number of the candidate's role certificate for the role; else null
 * @param declared          the candidate declares that the information is true and complete and the evidence
 *                          their own work (the wizard's declaration); the application is refused without it
 */
public record SubmitApplication(@PlainText String roleCode, @PlainText(multiLine = true) String statement,
                                Integer experienceYears, Integer educationLevel, @Valid UploadedDocument document,
                                @PlainText String recertificationOf, boolean declared) {

    /** A first application (not a recertification), with or without the declaration. */
    public SubmitApplication(String roleCode, String statement, Integer experienceYears, Integer educationLevel,
                             UploadedDocument document, boolean declared) {
        this(roleCode, statement, experienceYears, educationLevel, document, null, declared);
    }
}
