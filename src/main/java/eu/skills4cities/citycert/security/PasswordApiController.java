package eu.skills4cities.citycert.security;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person changes their password; their other sessions end. */
@RestController
@Tag(name = "My password", description = "Change the password of the signed-in account")
class PasswordApiController {

    private final UserAccountService accounts;
    private final CurrentUserProvider users;
    private final MessageSource messages;

    PasswordApiController(UserAccountService accounts, CurrentUserProvider users, MessageSource messages) {
        this.accounts = accounts;
        this.users = users;
        this.messages = messages;
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

    @ExceptionHandler
    ProblemDetail invalid(InvalidAccountException e) {
        Locale locale = LocaleContextHolder.getLocale();
        var problems = e.problems().stream().map(p -> messages.getMessage(p, locale)).toList();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, String.join(" ", problems));
        detail.setProperty("problems", problems);
        return detail;
    }
}
