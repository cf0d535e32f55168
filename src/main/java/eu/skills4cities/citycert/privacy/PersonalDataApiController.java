package eu.skills4cities.citycert.privacy;

import eu.skills4cities.citycert.security.CurrentUserProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

    @GetMapping("/data")
    @Operation(summary = "Everything CityCert holds about me (account, applications, decisions, certificates)")
    ResponseEntity<PersonalDataExport> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("citycert-my-data.json").build().toString())
                .body(personalData.export(users.require()));
    }
}
