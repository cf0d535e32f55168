package eu.skills4cities.citycert.framework;

import eu.skills4cities.citycert.security.ProblemAnswers;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue: published roles with their units, elements and criteria. No login. */
@RestController
@RequestMapping("/api/catalogue")
@Tag(name = "Catalogue", description = "Published roles, open to everybody, for self-assessment")
class CatalogueApiController {

    private final FrameworkCatalogue catalogue;

    CatalogueApiController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Every published role with its units, elements, criteria and scheme settings")
    List<PublishedRole> roles() {
        return catalogue.publishedRoles();
    }

    @GetMapping("/{roleCode}")
    @Operation(summary = "One published role")
    @ProblemAnswers(notFound = "No published role with this code")
    PublishedRole role(@PathVariable String roleCode) {
        return catalogue.publishedRole(roleCode)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "No published role " + roleCode));
    }
}
