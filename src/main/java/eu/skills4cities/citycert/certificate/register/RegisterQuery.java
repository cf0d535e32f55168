package eu.skills4cities.citycert.certificate.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateStatus;

/**
 * A search of the register; every filter is optional and they combine (all must match).
 *
 * @param number     the whole certificate number or its beginning, in any case
 * @param holder     part of the holder's name, in any case
 * @param roleCode   the exact code of the certified role
 * @param status     the status today
 * @param issuedFrom first issue date wanted (inclusive); {@code issuedTo} the last
 * @param validFrom  first validity end wanted (inclusive); {@code validTo} the last
 * @param sort       the order, issue date by default
 * @param descending true for the reverse order (newest first when sorting by date)
 */
public record RegisterQuery(String number, String holder, String roleCode, CertificateStatus status,
                            LocalDate issuedFrom, LocalDate issuedTo, LocalDate validFrom, LocalDate validTo,
                            RegisterSort sort, boolean descending) {

    /** The longest text a filter may hold (the longest holder name the register stores). */
    public static final int MAX_TEXT = 200;

    public RegisterQuery {
        number = blankToNull(number);
        holder = blankToNull(holder);
        roleCode = blankToNull(roleCode);
        sort = sort == null ? RegisterSort.ISSUED_ON : sort;
    }

    /** The whole register, newest first. */
    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null, null, null, null, null, RegisterSort.ISSUED_ON, true);
    }

    /** What is wrong with the search; empty when it can run. */
    public List<UserMessage> problems() {
        List<UserMessage> problems = new ArrayList<>();
        if (issuedFrom != null && issuedTo != null && issuedFrom.isAfter(issuedTo)) {
            problems.add(UserMessage.of("problem.certificate-register.issued-range"));
        }
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            problems.add(UserMessage.of("problem.certificate-register.valid-range"));
        }
        for (String text : new String[] {number, holder, roleCode}) {
            if (text != null && text.length() > MAX_TEXT) {
                problems.add(UserMessage.of("problem.certificate-register.text-length", MAX_TEXT));
                break;
            }
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
