package eu.skills4cities.citycert.framework;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Framework administration over JSON: import, publish, retire, export, compare. */
@RestController
@ProblemAnswers(forbidden = "Only administrators and auditors read framework versions; only administrators "
        + "import, publish and retire", notFound = "No such framework version")
@RequestMapping("/api/frameworks")
@Tag(name = "Framework administration", description = "Versioned competence frameworks (administrators; auditors read)")
class FrameworkApiController {

    private final FrameworkManagement frameworks;
    private final CurrentUserProvider users;

    FrameworkApiController(FrameworkManagement frameworks, CurrentUserProvider users) {
        this.frameworks = frameworks;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "All framework versions, newest first per framework")
    List<FrameworkVersionInfo> versions() {
        return frameworks.versions(users.require());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a framework file (docs/framework-format.md) as a new draft version; "
            + "422 lists every problem with its path and line")
    ResponseEntity<FrameworkVersionInfo> importFile(@RequestParam MultipartFile file) throws IOException {
        FrameworkVersionInfo imported = frameworks.importFile(users.require(), file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(imported);
    }

    @GetMapping("/versions/{id}")
    @Operation(summary = "The content of one version")
    FrameworkDocument document(@PathVariable UUID id) {
        return frameworks.document(users.require(), id);
    }

    @PostMapping("/versions/{id}/publish")
    @Operation(summary = "Publish a draft; it never changes afterwards")
    @ProblemAnswers(conflict = "The version is no draft, or publishing it would clash with a role of another "
            + "published framework")
    FrameworkVersionInfo publish(@PathVariable UUID id) {
        return frameworks.publish(users.require(), id);
    }

    @PostMapping("/versions/{id}/retire")
    @Operation(summary = "Retire a published version")
    @ProblemAnswers(conflict = "The version is not published")
    FrameworkVersionInfo retire(@PathVariable UUID id) {
        return frameworks.retire(users.require(), id);
    }

    @GetMapping(value = "/versions/{id}/export", produces = "application/yaml")
    @Operation(summary = "Export a version in the import format")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/yaml"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("framework-" + id + ".yaml").build().toString())
                .body(frameworks.export(users.require(), id));
    }

    @GetMapping("/versions/{from}/compare/{to}")
    @Operation(summary = "What changed from one version to another")
    List<FrameworkChange> compare(@PathVariable UUID from, @PathVariable UUID to) {
        return frameworks.compare(users.require(), from, to);
    }
}
