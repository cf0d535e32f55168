package eu.skills4cities.citycert.framework;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The certification roles over JSON. */
@RestController
@RequestMapping("/api/roles")
@Tag(name = "Competence framework", description = "The roles one can be certified for")
class FrameworkApiController {

    private final FrameworkService framework;

    FrameworkApiController(FrameworkService framework) {
        this.framework = framework;
    }

    @GetMapping
    @Operation(summary = "All certification roles")
    List<CertificationRole> roles() {
        return framework.roles();
    }
}
