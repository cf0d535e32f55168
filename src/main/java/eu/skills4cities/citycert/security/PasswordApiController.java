package eu.skills4cities.citycert.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person changes their password; their other sessions end. */
@RestController
@Tag(name = "My password", description = "Change the password of the signed-in account")
class PasswordApiController {

    private final UserAccountService accounts;
    private final CurrentUserProvider users;

    PasswordApiController(UserAccountService accounts, CurrentUserProvider users) {
        this.accounts = accounts;
        this.users = users;
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PutMapping("/api/me/password")
    @Operation(summary = "Change my password; every other session of my account ends (this one stays)")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "422", description = "The current password is wrong, or the new one breaks the rules")
    ResponseEntity<Void> change(@RequestBody PasswordChange change, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        accounts.changePassword(users.require(), change.currentPassword(), change.newPassword(),
                session == null ? null : session.getId());
        return ResponseEntity.noContent().build();
    }
}
