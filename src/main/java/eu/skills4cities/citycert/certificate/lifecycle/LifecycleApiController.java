package eu.skills4cities.citycert.certificate.lifecycle;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.base.DocumentDownload;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The lifecycle's suspensions over JSON: the officers' open decisions, the holder's statement, its documents. */
@RestController
@RequestMapping("/api/lifecycle")
@Tag(name = "Certificate lifecycle", description = "Suspended certificates awaiting a decision, and the holder's "
        + "statement on a suspension")
class LifecycleApiController {

    private final Suspensions suspensions;
    private final CurrentUserProvider users;

    LifecycleApiController(Suspensions suspensions, CurrentUserProvider users) {
        this.suspensions = suspensions;
        this.users = users;
    }

    record Statement(@Schema(example = "The reference letter is genuine; my former employer can confirm it.")
                     String text) {
    }

    @GetMapping("/suspended")
    @Operation(summary = "The suspended certificates awaiting a decision, longest waiting first, with what the "
            + "holders said (certification officers). Decide with POST /api/register/{number}/reinstate or /withdraw")
    @ProblemAnswers(forbidden = "Only certification officers decide on suspended certificates")
    List<Suspensions.OpenSuspension> open() {
        return suspensions.open(users.require());
    }

    @PostMapping("/{number}/statement")
    @Operation(summary = "The holder answers the suspension of their certificate with a statement (documents: on the "
            + "My certificates page). 422 without a text or with one over 4000 characters")
    @ProblemAnswers(notFound = "No certificate with this number of yours", conflict = "The certificate is not suspended")
    HolderStatement statement(@PathVariable String number, @RequestBody Statement body) {
        return suspensions.submit(users.require(), number, body.text(), List.of());
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "A document the holder gave with a statement (its holder; certification officers, auditors "
            + "and administrators)")
    @ProblemAnswers(notFound = "No such document, or not yours to see")
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        LifecycleStore.StoredDocument document = suspensions.document(users.require(), id);
        return DocumentDownload.attachment(document.fileName(), document.contentType(), document.content());
    }
}
