package eu.skills4cities.citycert.certificate.renewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertifiedUnit;

/**
 * What a renewal must show, as problems that name their field: the CPD activities against the scheme's
 * hours and units, their dates and titles, the declaration, and the documents (at most ten, none empty
 * or over 10 MB, as the holder's statements on a suspension). Pure rules: nothing here reads or writes.
 */
final class RenewalRules {

    static final BigDecimal MAX_HOURS = new BigDecimal("1000");

    private RenewalRules() {
    }

    static List<UserMessage> problems(Renewals.Submission submission, RenewalTerms terms, LocalDate today) {
        List<UserMessage> problems = new ArrayList<>();
        List<CpdActivity> activities = submission.activities();
        if (activities.isEmpty()) {
            problems.add(UserMessage.of("problem.renewal.activities-missing"));
        } else if (activities.size() > Renewals.MAX_ACTIVITIES) {
            problems.add(UserMessage.of("problem.renewal.activities-count", Renewals.MAX_ACTIVITIES));
        }
        Set<String> known = Set.copyOf(terms.units().stream().map(CertifiedUnit::code).toList());
        BigDecimal total = BigDecimal.ZERO;
        Set<String> covered = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(activities.size(), Renewals.MAX_ACTIVITIES); i++) {
            CpdActivity activity = activities.get(i);
            String n = String.valueOf(i + 1);
            String title = activity.title() == null ? "" : activity.title().strip();
            if (title.isEmpty()) {
                problems.add(UserMessage.of("problem.renewal.title-missing", n));
            } else if (title.length() > Renewals.MAX_TITLE) {
                problems.add(UserMessage.of("problem.renewal.title-length", n, Renewals.MAX_TITLE, title.length()));
            }
            if (activity.from() == null || activity.to() == null) {
                problems.add(UserMessage.of("problem.renewal.dates-missing", n));
            } else if (activity.to().isBefore(activity.from())) {
                problems.add(UserMessage.of("problem.renewal.dates-reversed", n));
            } else if (activity.to().isAfter(today)) {
                problems.add(UserMessage.of("problem.renewal.dates-future", n));
            }
            if (activity.hours() == null || activity.hours().signum() <= 0 || activity.hours().compareTo(MAX_HOURS) > 0
                    || activity.hours().scale() > 1) {
                problems.add(UserMessage.of("problem.renewal.hours-invalid", n, MAX_HOURS.toPlainString()));
            } else {
                total = total.add(activity.hours());
            }
            for (String unit : activity.units()) {
                if (!known.contains(unit)) {
                    problems.add(UserMessage.of("problem.renewal.unit-unknown", n, String.valueOf(unit)));
                } else {
                    covered.add(unit);
                }
            }
        }
        if (total.compareTo(BigDecimal.valueOf(terms.requiredHours())) < 0) {
            problems.add(UserMessage.of("problem.renewal.hours-short", total.stripTrailingZeros().toPlainString(),
                    terms.requiredHours()));
        }
        if (covered.size() < terms.requiredUnits()) {
            problems.add(UserMessage.of("problem.renewal.units-short", covered.size(), terms.requiredUnits()));
        }
        if (!submission.continuedPractice()) {
            problems.add(UserMessage.of("problem.renewal.declaration"));
        }
        return problems;
    }

    static List<UserMessage> documentProblems(List<Renewals.NewDocument> documents, int already) {
        List<UserMessage> problems = new ArrayList<>();
        if (already + documents.size() > Renewals.MAX_DOCUMENTS) {
            problems.add(UserMessage.of("problem.renewal.documents-count", Renewals.MAX_DOCUMENTS));
        }
        for (Renewals.NewDocument document : documents) {
            if (document.content() == null || document.content().length == 0
                    || document.content().length > Renewals.MAX_DOCUMENT_BYTES) {
                problems.add(UserMessage.of("problem.renewal.document-size", fileName(document.fileName()),
                        Renewals.MAX_DOCUMENT_BYTES / (1024 * 1024)));
            }
        }
        return problems;
    }

    /** The file's own name, without any path a browser sent. */
    static String fileName(String name) {
        String plain = name == null ? "" : name.replace('\\', '/');
        plain = plain.substring(plain.lastIndexOf('/') + 1).strip();
        plain = plain.isEmpty() ? "document" : plain;
        return plain.length() > 255 ? plain.substring(plain.length() - 255) : plain;
    }
}
