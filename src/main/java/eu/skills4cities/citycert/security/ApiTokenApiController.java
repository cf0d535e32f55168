package eu.skills4cities.citycert.security;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens over JSON: the signed-in person's own ({@code /api/me/tokens}) and, for
 * administrators, those of any account ({@code /api/users/{username}/tokens}).
 */
@RestController
@Tag(name = "API tokens", description = "Tokens for integrations: send them as 'Authorization: Bearer <token>'. "
        + "The token is shown once, when it is created")
class ApiTokenApiController {

    private final ApiTokenService tokens;
    private final CurrentUserProvider users;

    ApiTokenApiController(ApiTokenService tokens, CurrentUserProvider users) {
        this.tokens = tokens;
        this.users = users;
    }

    @PostMapping("/api/me/tokens")
    @Operation(summary = "Create an API token for my account; the answer holds the token, this once")
    @ApiResponse(responseCode = "201", description = "Created; 'token' is never shown again")
    @ApiResponse(responseCode = "422", description = "The name or the validity is not acceptable")
    ResponseEntity<CreatedApiToken> createMine(@RequestBody NewApiToken request) {
        CurrentUser me = users.require();
        return created(tokens.create(me, me.username(), request));
    }

    @GetMapping("/api/me/tokens")
    @Operation(summary = "My API tokens, newest first (never the tokens themselves)")
    List<ApiTokenInfo> mine() {
        CurrentUser me = users.require();
        return tokens.list(me, me.username());
    }

    @DeleteMapping("/api/me/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens; it stops working at once")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such token of mine")
    ResponseEntity<Void> revokeMine(@PathVariable UUID id) {
        CurrentUser me = users.require();
        tokens.revoke(me, me.username(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/users/{username}/tokens")
    @Operation(summary = "Administrators: create an API token for an account (a service account, say)")
    @ApiResponse(responseCode = "201", description = "Created; 'token' is never shown again")
    @ProblemAnswers(forbidden = "Only administrators manage the tokens of another account")
    @ApiResponse(responseCode = "404", description = "No such account")
    @ApiResponse(responseCode = "422", description = "The name or the validity is not acceptable")
    ResponseEntity<CreatedApiToken> create(@PathVariable String username, @RequestBody NewApiToken request) {
        return created(tokens.create(admin(), username, request));
    }

    @GetMapping("/api/users/{username}/tokens")
    @Operation(summary = "Administrators: the API tokens of an account")
    @ProblemAnswers(forbidden = "Only administrators manage the tokens of another account",
            notFound = "No such account")
    List<ApiTokenInfo> list(@PathVariable String username) {
        return tokens.list(admin(), username);
    }

    @DeleteMapping("/api/users/{username}/tokens/{id}")
    @Operation(summary = "Administrators: revoke an API token of an account")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ProblemAnswers(forbidden = "Only administrators manage the tokens of another account")
    @ApiResponse(responseCode = "404", description = "No such account or token")
    ResponseEntity<Void> revoke(@PathVariable String username, @PathVariable UUID id) {
        tokens.revoke(admin(), username, id);
        return ResponseEntity.noContent().build();
    }

    private CurrentUser admin() {
        CurrentUser user = users.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Administrators only");
        }
        return user;
    }

    private static ResponseEntity<CreatedApiToken> created(CreatedApiToken token) {
        return ResponseEntity.status(HttpStatus.CREATED).body(token);
    }
}
