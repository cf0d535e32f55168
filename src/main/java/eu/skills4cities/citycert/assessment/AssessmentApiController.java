package eu.skills4cities.citycert.assessment;

import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.Declaration;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate's side of the judging over JSON, under the application's own path: the unit
 * results and the retake of failed units. The same services, the same rules as the UI.
 */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "Applications", description = "Apply for certification and follow an application")
class AssessmentApiController {

    private final AssessmentService assessments;
    private final Retakes retakes;
    private final CurrentUserProvider users;

    AssessmentApiController(AssessmentService assessments, Retakes retakes, CurrentUserProvider users) {
        this.assessments = assessments;
        this.retakes = retakes;
        this.users = users;
    }

    @GetMapping("/{id}/units")
    @Operation(summary = "My application's assessed units: score, pass mark and whether each passed")
    java.util.List<UnitResult> units(@PathVariable UUID id) {
        return assessments.results(users.require(), id);
    }

    @GetMapping("/{id}/retake")
    @Operation(summary = "The retake open on my partially certified application: the missing units and the last "
            + "day; 404 when none is open")
    ResponseEntity<RetakeOffer> retakeOffer(@PathVariable UUID id) {
        return ResponseEntity.of(retakes.retakeOffer(users.require(), id));
    }

    @PostMapping("/{id}/retake")
    @Operation(summary = "Retake the failed units of my partially certified application within the retake window, "
            + "with the candidate's declaration (true and complete, own work) as on a first submission: a new "
            + "application that goes straight to assessment of the missing units; 409 says why not, 422 without "
            + "the declaration")
    @ProblemAnswers(conflict = "No retake is open: the application is not partially certified, a retake "
            + "is open already, it is not the latest of the role, the retake window has closed, or the exam attempts of the "
            + "retake cycle are used")
    ApplicationDetails retake(@PathVariable UUID id, @RequestBody(required = false) Declaration declaration) {
        return retakes.startRetake(users.require(), id, Declaration.made(declaration));
    }
}
