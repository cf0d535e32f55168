package eu.skills4cities.citycert.application;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The multipart forms of {@link ApplicationApiController}, for the OpenAPI description only: the
 * controller reads the fields as request parameters, each optional to Spring, so that a missing field
 * is one of the problems the service lists in its 422, not a bare 400. The fields marked required are
 * those the service requires.
 */
final class ApplicationApiForms {

    private ApplicationApiForms() {
    }

    /** The one-step application: the role, the eligibility answers, the statement and one document. */
    @Schema(name = "ApplicationForm")
    record Application(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "A published role's code", example = "SCPM")
            String roleCode,
            @Schema(requiredMode = RequiredMode.REQUIRED, minLength = SubmissionRules.MIN_STATEMENT,
                    maxLength = ApplicationService.MAX_STATEMENT, description = "Why the candidate is competent for the role",
                    example = "Six years of smart lighting and mobility projects for two cities, from business case to "
                            + "handover.")
            String statement,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0", maximum = "" + SubmissionRules.MAX_EXPERIENCE,
                    description = "Years of relevant experience", example = "6")
            Integer experienceYears,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "8",
                    description = "EQF level of the highest qualification", example = "7")
            Integer educationLevel,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", format = "binary",
                    description = "The evidence for the whole role (PDF, PNG, JPEG, DOCX, ODT or plain text)")
            String document,
            @Schema(description = "To recertify: the number of the candidate's role certificate for the role "
                    + "(the one application allowed for a role one holds); omit for a first application",
                    example = "CC-2026-7KQ4-9XHM")
            String recertificationOf,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "true", description = "The candidate "
                    + "declares that the information given is true and complete and that the evidence is their own "
                    + "work; required (true)", example = "true")
            Boolean declaration) {
    }

    /** A document added to a draft's portfolio, with the elements it is evidence for. */
    @Schema(name = "PortfolioDocumentForm")
    record PortfolioDocument(
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", format = "binary",
                    description = "The document (PDF, PNG, JPEG, DOCX, ODT or plain text)")
            String file,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200, example = "Project charter, smart lighting pilot")
            String title,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, maxLength = ApplicationService.MAX_STATEMENT,
                    description = "What the document shows", example = "The charter I wrote and the board approved.")
            String description,
            @ArraySchema(arraySchema = @Schema(requiredMode = RequiredMode.NOT_REQUIRED,
                    description = "The codes of the role's elements the document is evidence for, each as its own "
                            + "form field; with units, at least one element in all"),
                    uniqueItems = true, schema = @Schema(example = "SCPM-U1-E1"))
            Set<String> elements,
            @ArraySchema(arraySchema = @Schema(requiredMode = RequiredMode.NOT_REQUIRED,
                    description = "The codes of whole units of the role the document is evidence for, each as its "
                            + "own form field: a unit stands for all its elements"),
                    uniqueItems = true, schema = @Schema(example = "SCPM-U2"))
            Set<String> units) {
    }

    /** The answer to a request for more evidence: a note and a document. */
    @Schema(name = "EvidenceAnswerForm")
    record EvidenceAnswer(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = ApplicationService.MAX_STATEMENT,
                    description = "What the document adds", example = "The signed acceptance report you asked for.")
            String note,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", format = "binary",
                    description = "The further evidence")
            String document) {
    }
}
