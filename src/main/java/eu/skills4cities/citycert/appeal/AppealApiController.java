package eu.skills4cities.citycert.appeal;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.DocumentDownload;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Appeals over JSON: the appellant's (make, read, answer) and the appeals panel's (claim, hand over, notes, decide). */
@RestController
@RequestMapping("/api/appeals")
@Tag(name = "Appeals", description = "Appeals against decisions about one's own certification, and the appeals "
        + "panel's work on them")
class AppealApiController {

    private final AppealService appeals;
    private final AppealPanel panel;
    private final CurrentUserProvider users;

    AppealApiController(AppealService appeals, AppealPanel panel, CurrentUserProvider users) {
        this.appeals = appeals;
        this.panel = panel;
        this.users = users;
    }

    /** A document given with an appeal or an answer; its content is base64 in JSON. */
    record Document(@Schema(example = "reference-letter.pdf") String fileName, byte[] content) {
        UploadedDocument uploaded() {
            return new UploadedDocument(fileName, null, content);
        }
    }

    record NewAppealBody(@Schema(description = "The key of the contested decision, from GET /api/appeals/decisions",
            example = "0c6f2b1e-6d7a-4f53-9a43-1c1f7d2e9a10/REJECTED") String decision,
                         @Schema(example = "The assessor did not consider my portfolio's second project.") String grounds,
                         List<Document> documents,
                         @Schema(description = "For units not passed (PARTIALLY_CERTIFIED): the unit codes contested, "
                                 + "each one the application did not pass; omitted or empty for all of them",
                                 example = "[\"U2\"]") List<String> units) {
    }

    record Text(@Schema(example = "Here is the letter the panel asked for.") String text, List<Document> documents) {
    }

    record HandOver(@Schema(example = "panel2") String colleague) {
    }

    record Decision(AppealOutcome outcome, @Schema(example = "The review overlooked the second project.") String reason,
                    boolean noConflictOfInterest) {
    }

    @GetMapping("/decisions")
    @Operation(summary = "The caller's decisions that may be appealed, or could have been: their keys, windows and "
            + "open appeals")
    List<ContestableDecision> decisions() {
        return appeals.contestable(users.require());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appeal a decision about one's own certification: 422 without grounds, after the window, or "
            + "for a decision that is not the caller's; nothing is stored then")
    @ProblemAnswers(conflict = "The decision has an open appeal already, or the caller has no decision to appeal")
    Appeal submit(@RequestBody NewAppealBody body) {
        return appeals.submit(users.require(), new NewAppeal(body.decision(), body.grounds(),
                documents(body.documents()), body.units()));
    }

    @GetMapping
    @Operation(summary = "The caller's own appeals, newest first")
    List<Appeal> mine() {
        return appeals.mine(users.require());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One appeal: the appellant's own (without the panel's notes); any for the appeals panel, "
            + "auditors and administrators")
    @ProblemAnswers(notFound = "No such appeal, or not the caller's to see",
            forbidden = "A panel member who took part in the contested decision (the reason given)")
    Appeal get(@PathVariable UUID id) {
        return appeals.get(users.require(), id);
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "The appellant answers the panel's request for more")
    @ProblemAnswers(notFound = "No such appeal of the caller's", conflict = "The appeal awaits no answer")
    Appeal answer(@PathVariable UUID id, @RequestBody Text body) {
        return appeals.answer(users.require(), id, body.text(), documents(body.documents()));
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "A document of an appeal, for whoever may read the appeal")
    @ProblemAnswers(notFound = "No such document, or not the caller's to see",
            forbidden = "A panel member who took part in the contested decision (the reason given)")
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        AppealStore.StoredDocument document = appeals.document(users.require(), id);
        return DocumentDownload.attachment(document.fileName(), MediaType.APPLICATION_OCTET_STREAM_VALUE,
                document.content());
    }

    @GetMapping("/panel")
    @Operation(summary = "The open appeals awaiting the panel, the longest waiting first")
    @ProblemAnswers(forbidden = "Only the appeals panel")
    List<PanelAppeal> open() {
        return panel.open(users.require());
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "A panel member takes the appeal: 403 for somebody who took part in the contested decision")
    @ProblemAnswers(forbidden = "Only the appeals panel, and nobody who took part in the contested decision",
            conflict = "The appeal is not with the panel, or another member holds it")
    PanelAppeal claim(@PathVariable UUID id) {
        return panel.claim(users.require(), id);
    }

    @PostMapping("/{id}/hand-over")
    @Operation(summary = "Hands the appeal you hold to another panel member, who must have taken no part in the "
            + "decision")
    @ProblemAnswers(forbidden = "Only the appeals panel, and only the member who holds the appeal; never to somebody "
            + "who took part in the contested decision",
            conflict = "The appeal is not with the panel, or another member holds it")
    PanelAppeal handOver(@PathVariable UUID id, @RequestBody HandOver body) {
        return panel.handOver(users.require(), id, body.colleague());
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "A note of the investigation, for the panel only")
    @ProblemAnswers(forbidden = "Only the appeals panel, and nobody who took part in the contested decision",
            conflict = "The appeal is not with the panel")
    PanelAppeal note(@PathVariable UUID id, @RequestBody Text body) {
        return panel.note(users.require(), id, body.text());
    }

    @PostMapping("/{id}/information-request")
    @Operation(summary = "Asks the appellant for more, with a deadline; without an answer by then the appeal lapses")
    @ProblemAnswers(forbidden = "Only the panel member who holds the appeal, and took no part in the decision",
            conflict = "The appeal is not with the panel, or not the caller's")
    PanelAppeal requestInformation(@PathVariable UUID id, @RequestBody Text body) {
        return panel.requestInformation(users.require(), id, body.text());
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "The outcome: UPHELD (a suspension is lifted, a withdrawal reversed at once) or REJECTED, "
            + "with reasons and the member's declaration of no conflict of interest")
    @ProblemAnswers(forbidden = "Only the panel member who holds the appeal, and took no part in the decision",
            conflict = "The appeal is not with the panel, or not the caller's")
    Appeal decide(@PathVariable UUID id, @RequestBody Decision body) {
        return panel.decide(users.require(), id, body.outcome(), body.reason(), body.noConflictOfInterest());
    }

    private static List<UploadedDocument> documents(List<Document> documents) {
        return documents == null ? List.of() : documents.stream().map(Document::uploaded).toList();
    }
}
