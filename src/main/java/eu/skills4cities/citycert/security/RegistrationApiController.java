package eu.skills4cities.citycert.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration and password reset over JSON; open to everybody (the links arrive by mail). */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "Accounts", description = "Register as a candidate, verify the email address, reset a password")
class RegistrationApiController {

    private final RegistrationService registrations;

    RegistrationApiController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** An address to mail a link to: plain text of an address's length (the answer is the same, known or not). */
    record EmailAddress(@eu.skills4cities.citycert.base.PlainText @jakarta.validation.constraints.Size(max = 320)
                        String email) {
    }

    record TokenAndPassword(String token, String password) {
    }

    record Token(String token) {
    }

    @PostMapping("/registrations")
    @Operation(summary = "Register as a candidate; a verification link is mailed. 422 lists every problem")
    ResponseEntity<Void> register(@jakarta.validation.Valid @RequestBody Registration registration) {
        registrations.register(registration);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/email-verifications")
    @Operation(summary = "Verify the email address with the token from the mail")
    ResponseEntity<Void> verify(@RequestBody Token token) {
        registrations.verifyEmail(token.token());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/email-verifications/resend")
    @Operation(summary = "Mail a new verification link (the same answer whether the address is known or not)")
    ResponseEntity<Void> resend(@jakarta.validation.Valid @RequestBody EmailAddress address) {
        registrations.resendVerification(address.email());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password-resets")
    @Operation(summary = "Mail a password reset link (the same answer whether the address is known or not)")
    ResponseEntity<Void> requestReset(@jakarta.validation.Valid @RequestBody EmailAddress address) {
        registrations.requestPasswordReset(address.email());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password-resets/confirm")
    @Operation(summary = "Set a new password with the token from the mail")
    ResponseEntity<Void> reset(@RequestBody TokenAndPassword request) {
        registrations.resetPassword(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }
}
