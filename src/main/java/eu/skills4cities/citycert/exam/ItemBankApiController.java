package eu.skills4cities.citycert.exam;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.base.DocumentDownload;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The exam item bank over JSON; the services check who may, as for the page. */
@RestController
@RequestMapping("/api/exam/items")
@ProblemAnswers(forbidden = "Items and their correct options are read by exam authors, certification officers, "
        + "auditors and administrators only; never by candidates, reviewers or assessors",
        notFound = "No such item version")
@Tag(name = "Exam item bank", description = "Multiple-choice items per framework element: authored, approved by "
        + "a second person, versioned, retired, imported and exported (docs/item-bank-format.md)")
class ItemBankApiController {

    private final ItemBank bank;
    private final ItemBankFiles files;
    private final CurrentUserProvider users;

    ItemBankApiController(ItemBank bank, ItemBankFiles files, CurrentUserProvider users) {
        this.bank = bank;
        this.files = files;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Items (every version), newest change first, filtered and paged, with the total")
    ItemPage list(@Parameter(description = "role code") @RequestParam(required = false) String role,
                  @Parameter(description = "unit code") @RequestParam(required = false) String unit,
                  @Parameter(description = "element code") @RequestParam(required = false) String element,
                  @RequestParam(required = false) ItemStatus status,
                  @Parameter(description = "a part of the code or the stem") @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return bank.list(users.require(), new ItemFilter(role, unit, element, status, q), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One version of an item, with its correct options")
    ExamItem get(@PathVariable UUID id) {
        return bank.get(users.require(), id);
    }

    @PostMapping
    @Operation(summary = "Write a new item (exam authors): version 1, a draft; 422 names each field with a problem")
    @ProblemAnswers(forbidden = "Only exam authors write items")
    ResponseEntity<ExamItem> create(@RequestBody ItemDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(bank.create(users.require(), draft));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit an item (exam authors): a draft changes in place; an approved version gets the "
            + "next version as a draft, and the answer is that version")
    @ProblemAnswers(forbidden = "Only exam authors edit items",
            conflict = "The version is retired, or the item has an open draft already")
    ExamItem update(@PathVariable UUID id, @RequestBody ItemDraft draft) {
        return bank.update(users.require(), id, draft);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for approval (exam authors)")
    @ProblemAnswers(forbidden = "Only exam authors submit items", conflict = "The version is no draft")
    ExamItem submit(@PathVariable UUID id) {
        return bank.submit(users.require(), id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a submitted version (another exam author or a certification officer, never who "
            + "wrote or last edited it); the item's approved version before it is retired")
    @ProblemAnswers(forbidden = "Only exam authors and certification officers approve, and never a version they "
            + "wrote or last edited (four-eyes)", conflict = "The version is not submitted for approval")
    ExamItem approve(@PathVariable UUID id) {
        return bank.approve(users.require(), id);
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire a version (exam authors and certification officers); no exam draws it any more")
    @ProblemAnswers(forbidden = "Only exam authors and certification officers retire items",
            conflict = "The version is retired already")
    ExamItem retire(@PathVariable UUID id) {
        return bank.retire(users.require(), id);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an item bank file (docs/item-bank-format.md) as drafts (exam authors); 422 lists "
            + "every problem with its path and line, and nothing is imported")
    @ProblemAnswers(forbidden = "Only exam authors import items")
    ResponseEntity<List<ExamItem>> importFile(@RequestParam MultipartFile file) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(files.importFile(users.require(), file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping(value = "/export", produces = "application/yaml")
    @Operation(summary = "Export the newest matching version of every item in the import format")
    ResponseEntity<byte[]> export(@Parameter(description = "role code") @RequestParam(required = false) String role,
                                  @Parameter(description = "unit code") @RequestParam(required = false) String unit,
                                  @Parameter(description = "element code") @RequestParam(required = false)
                                  String element,
                                  @RequestParam(required = false) ItemStatus status) {
        byte[] yaml = files.export(users.require(), new ItemFilter(role, unit, element, status, null));
        return DocumentDownload.attachment("item-bank.yaml", "application/yaml", yaml);
    }
}
