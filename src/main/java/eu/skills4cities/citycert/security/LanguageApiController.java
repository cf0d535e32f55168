package eu.skills4cities.citycert.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's language over JSON ({@code /api/me/language}): the one their pages and mail are written in,
 * the same choice as My account's. Every API answer is written in the best match of Accept-Language, whatever this
 * choice says (docs/i18n.md).
 */
@RestController
@Tag(name = "Language", description = "The language of my pages and mail; API answers follow Accept-Language")
class LanguageApiController {

    private final AccountSettings settings;
    private final CurrentUserProvider users;

    LanguageApiController(AccountSettings settings, CurrentUserProvider users) {
        this.settings = settings;
        this.users = users;
    }

    /** A language CityCert offers: its BCP 47 tag and its name in itself. */
    record Language(@Schema(example = "de") String tag, @Schema(example = "Deutsch") String name) {
    }

    /** My language and the languages offered. */
    record MyLanguage(@Schema(example = "de") String language, List<Language> offered) {
    }

    /** The language to choose. */
    record LanguageChoice(@Schema(example = "el") String language) {
    }

    @GetMapping("/api/me/language")
    @Operation(summary = "My language, and the languages CityCert offers")
    MyLanguage mine() {
        return new MyLanguage(settings.of(users.require()).language(), Languages.SUPPORTED.stream()
                .map(locale -> new Language(locale.toLanguageTag(), Languages.nameOf(locale))).toList());
    }

    @PutMapping("/api/me/language")
    @Operation(summary = "Choose the language of my pages and mail")
    @ApiResponse(responseCode = "204", description = "Chosen")
    @ApiResponse(responseCode = "422", description = "CityCert does not offer the language")
    ResponseEntity<Void> choose(@RequestBody LanguageChoice choice) {
        settings.chooseLanguage(users.require(), choice == null ? null : choice.language());
        return ResponseEntity.noContent().build();
    }
}
