package eu.skills4cities.citycert.privacy;

import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own data, as a JSON download. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "My data", description = "Export of everything CityCert holds about the signed-in person")
class PersonalDataApiController {

    private final PersonalDataService personalData;
    private final CurrentUserProvider users;

    PersonalDataApiController(PersonalDataService personalData, CurrentUserProvider users) {
        this.personalData = personalData;
        this.users = users;
    }

    record Confirmation(@eu.skills4cities.citycert.base.PlainText String username) {
    }

    @DeleteMapping
    @Operation(summary = "Delete my account (candidates); give the username again to confirm. "
            + "Issued certificates stay in the register")
    @ProblemAnswers(forbidden = "Staff accounts are closed by an administrator", conflict = "The username does "
            + "not match, or an application has been decided and its certificate is being issued")
    ResponseEntity<Void> delete(@jakarta.validation.Valid @RequestBody Confirmation confirmation) {
        personalData.deleteAccount(users.require(), confirmation.username());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/data")
    @Operation(summary = "Everything CityCert holds about me (account, applications, decisions, certificates)")
    ResponseEntity<PersonalDataExport> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("citycert-my-data.json").build().toString())
                .body(personalData.export(users.require()));
    }
}
