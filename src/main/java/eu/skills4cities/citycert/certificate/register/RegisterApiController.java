package eu.skills4cities.citycert.certificate.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register of certificates over JSON and CSV, for certification officers, auditors and administrators. */
@RestController
@ProblemAnswers(forbidden = "Only certification officers, auditors and administrators read the register; only "
        + "certification officers suspend, reinstate and withdraw", notFound = "No certificate with this number")
@RequestMapping("/api/register")
@Tag(name = "Register", description = "The register of issued certificates (staff): search, CSV export, "
        + "suspension, reinstatement and withdrawal")
class RegisterApiController {

    private static final String FILTERS = " Filters (all optional, combined): number (whole or beginning, any case), "
            + "holder (part of the name, any case), role (exact role code), status (ACTIVE, SUSPENDED, WITHDRAWN, "
            + "EXPIRED, SUPERSEDED), issuedFrom/issuedTo and validFrom/validTo (ISO dates, inclusive); sort "
            + "(ISSUED_ON, VALID_UNTIL, NUMBER, HOLDER, ROLE, STATUS) and desc. 422 lists what is wrong with them";

    private final CertificateRegister register;
    private final ScopeReductions reductions;
    private final CurrentUserProvider users;

    RegisterApiController(CertificateRegister register, ScopeReductions reductions, CurrentUserProvider users) {
        this.register = register;
        this.reductions = reductions;
        this.users = users;
    }

    /** A reduction of scope: the unit withdrawn, the reason (told to the holder) and the officer's declaration. */
    record ScopeReduction(@Schema(description = "The code of the unit withdrawn from the certificate",
                                  example = "SCPD-U3") String unitCode,
                          @Schema(example = "The holder's practice no longer covers procurement.") String reason,
                          @Schema(description = "The deciding officer declares no conflict of interest with the "
                                  + "holder; must be true", example = "true") Boolean noConflictOfInterest) {
    }

    record Page(List<RegisterEntry> entries, int page, int size, long total) {
    }

    /**
     * A decision's reason (told to the holder) and the officer's declaration that they have no
     * conflict of interest with the holder (required: 422 without it).
     */
    record Reason(@Schema(example = "The holder's employer reported forged evidence; under investigation.")
                  String reason,
                  @Schema(description = "The deciding officer declares no conflict of interest with the holder; "
                          + "must be true", example = "true")
                  Boolean noConflictOfInterest) {

        boolean declared() {
            return Boolean.TRUE.equals(noConflictOfInterest);
        }
    }

    /** The filters as query parameters, read as text so that an unreadable value is a clear 422, not a bare 400. */
    record Filters(String number, String holder, String role,
                   @Schema(implementation = CertificateStatus.class) String status,
                   @Schema(format = "date") String issuedFrom, @Schema(format = "date") String issuedTo,
                   @Schema(format = "date") String validFrom, @Schema(format = "date") String validTo,
                   @Schema(implementation = RegisterSort.class) String sort, Boolean desc) {
    }

    @GetMapping
    @Operation(summary = "Search the register, a page at a time with the total." + FILTERS)
    Page search(@ParameterObject Filters filters, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "50") int size) {
        CurrentUser user = users.require();
        RegisterQuery query = query(filters);
        // a negative page is reported by the search; a page beyond the last one is simply empty
        int offset = page < 0 ? -1 : (int) Math.min((long) page * Math.max(size, 0), Integer.MAX_VALUE);
        List<RegisterEntry> entries = register.search(user, query, offset, size);
        return new Page(entries, page, size, register.count(user, query));
    }

    @GetMapping("/export.csv")
    @Operation(summary = "Every certificate the filters find, as CSV (UTF-8, header row)." + FILTERS)
    @ApiResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv"))
    void export(@ParameterObject Filters filters, HttpServletResponse response) {
        RegisterQuery query = query(filters);
        String fileName = register.exportFileName();
        register.export(users.require(), query, LocaleContextHolder.getLocale(), () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
            return response.getOutputStream();
        });
    }

    @PostMapping("/{number}/suspend")
    @Operation(summary = "Suspend an active certificate, with a reason (certification officers). 409 when it is not "
            + "active; 422 without a reason or without the declaration of no conflict of interest. Starts the "
            + "decision task of the certificate's lifecycle process")
    @ProblemAnswers(conflict = "The certificate is not active: suspended, expired, superseded or withdrawn")
    RegisterEntry suspend(@PathVariable String number, @RequestBody Reason body) {
        return register.decide(users.require(), number, StatusDecision.SUSPEND, body.reason(), body.declared());
    }

    @PostMapping("/{number}/reinstate")
    @Operation(summary = "Reinstate a suspended certificate, with a reason (certification officers). 409 when it is "
            + "not suspended; 422 without a reason or the declaration. Completes the lifecycle's decision task")
    @ProblemAnswers(conflict = "The certificate is not suspended")
    RegisterEntry reinstate(@PathVariable String number, @RequestBody Reason body) {
        return register.decide(users.require(), number, StatusDecision.REINSTATE, body.reason(), body.declared());
    }

    @PostMapping("/{number}/withdraw")
    @Operation(summary = "Withdraw a certificate for good, with a reason (certification officers). 409 when it is "
            + "withdrawn already; 422 without a reason or the declaration. Ends the certificate's lifecycle "
            + "process; the public verification says withdrawn at once")
    @ProblemAnswers(conflict = "The certificate is withdrawn already")
    RegisterEntry withdraw(@PathVariable String number, @RequestBody Reason body) {
        return register.decide(users.require(), number, StatusDecision.WITHDRAW, body.reason(), body.declared());
    }

    @PostMapping("/{number}/reduce-scope")
    @Operation(summary = "Withdraw one unit from an active role certificate (certification officers): the certificate "
            + "is superseded at once by a role certificate without the unit, or by unit certificates for the units "
            + "left when those no longer make the role, with the same last valid day. Answers the successors. 409 "
            + "when it is not an active role certificate with more than one unit; 422 naming the unit, the reason or "
            + "the declaration")
    @ProblemAnswers(conflict = "Not an active role certificate with more than one unit")
    List<RegisterEntry> reduceScope(@PathVariable String number, @RequestBody ScopeReduction body) {
        CurrentUser officer = users.require();
        return reductions.reduce(officer, number, body.unitCode(), body.reason(),
                        Boolean.TRUE.equals(body.noConflictOfInterest())).stream()
                .map(successor -> register.entry(officer, successor.number()).orElseThrow()).toList();
    }

    @GetMapping("/{number}/history")
    @Operation(summary = "The status decisions recorded on a certificate, oldest first")
    List<StatusChange> history(@PathVariable String number) {
        return register.history(users.require(), number);
    }

    /** The query the parameters describe; every unreadable parameter is reported at once. */
    private static RegisterQuery query(Filters filters) {
        List<UserMessage> problems = new ArrayList<>();
        CertificateStatus status = parse(filters.status(), "status",
                text -> CertificateStatus.valueOf(text.toUpperCase(Locale.ROOT)), problems);
        RegisterSort sort = parse(filters.sort(), "sort", text -> RegisterSort.valueOf(text.toUpperCase(Locale.ROOT)),
                problems);
        LocalDate issuedFrom = parse(filters.issuedFrom(), "issuedFrom", LocalDate::parse, problems);
        LocalDate issuedTo = parse(filters.issuedTo(), "issuedTo", LocalDate::parse, problems);
        LocalDate validFrom = parse(filters.validFrom(), "validFrom", LocalDate::parse, problems);
        LocalDate validTo = parse(filters.validTo(), "validTo", LocalDate::parse, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.certificate-register.refused", problems);
        }
        return new RegisterQuery(filters.number(), filters.holder(), filters.role(), status, issuedFrom, issuedTo,
                validFrom, validTo, sort, Boolean.TRUE.equals(filters.desc()));
    }

    private static <T> T parse(String text, String parameter, Function<String, T> parser, List<UserMessage> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(UserMessage.of("problem.certificate-register.parameter", parameter, text));
            return null;
        }
    }
}
