package eu.skills4cities.citycert.certificate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.skills4cities.citycert.base.SearchText;
import eu.skills4cities.citycert.certificate.register.RegisterQuery;

/**
 * The SQL of register searches: the status computed in the database, the filters, the order.
 * Only {@link CertificateStore} uses it; it is apart so that the store reads as its operations.
 */
final class RegisterSql {

    /**
     * {@link CertificateStatus#of} in SQL, for the day
     * {@code :today}: a recorded suspension or withdrawal first, then supersession, then expiry
     * (valid through its last day). {@code RegisterStatusSqlTest} proves the two agree.
     */
    static final String STATUS = """
            CASE WHEN coalesce(c.status, 'ACTIVE') <> 'ACTIVE' THEN c.status
                 WHEN c.superseded_by IS NOT NULL THEN 'SUPERSEDED'
                 WHEN c.valid_until < :today THEN 'EXPIRED'
                 ELSE 'ACTIVE' END""";

    static final String SELECT = "SELECT c.id, c.number, c.holder_username, c.holder_name, c.role_code, c.role_title,"
            + " c.unit_code, c.unit_title, c.eqf_level, c.framework_label, c.issued_on, c.valid_until, "
            + STATUS + " AS status, s.number AS superseded_by_number"
            + " FROM certificate c LEFT JOIN certificate s ON s.id = c.superseded_by";

    static final String COUNT = "SELECT count(*) FROM certificate c";

    private RegisterSql() {
    }

    /** A WHERE clause (empty when nothing is filtered) and its named parameters, {@code :today} included. */
    record Where(String sql, Map<String, Object> params) {
    }

    static Where where(RegisterQuery query, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", Date.valueOf(today));
        if (SearchText.findsNothing(query.number()) || SearchText.findsNothing(query.holder())) {
            conditions.add("FALSE");
        } else {
            if (query.number() != null) {
                conditions.add("lower(c.number) LIKE :number ESCAPE '!'");
                params.put("number", likeEscaped(query.number()) + "%");
            }
            if (query.holder() != null) {
                // accents and case ignored in every script (citycert_fold, migration V54), served by a trigram index
                conditions.add("c.holder_name_key LIKE citycert_fold(:holder) ESCAPE '!'");
                params.put("holder", "%" + likeEscaped(query.holder()) + "%");
            }
        }
        if (query.roleCode() != null) {
            conditions.add("c.role_code = :role");
            params.put("role", query.roleCode());
        }
        if (query.status() != null) {
            conditions.add("(" + STATUS + ") = :status");
            params.put("status", query.status().name());
        }
        range(conditions, params, "c.issued_on", "issued", query.issuedFrom(), query.issuedTo());
        range(conditions, params, "c.valid_until", "valid", query.validFrom(), query.validTo());
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static void range(List<String> conditions, Map<String, Object> params, String column, String name,
                              LocalDate from, LocalDate to) {
        if (from != null) {
            conditions.add(column + " >= :" + name + "From");
            params.put(name + "From", Date.valueOf(from));
        }
        if (to != null) {
            conditions.add(column + " <= :" + name + "To");
            params.put(name + "To", Date.valueOf(to));
        }
    }

    /** The order of the query; ties are broken by the number, so paging never skips or repeats a row. */
    static String orderBy(RegisterQuery query) {
        String direction = query.descending() ? " DESC" : " ASC";
        String key = switch (query.sort()) {
            case ISSUED_ON -> "c.issued_on";
            case VALID_UNTIL -> "c.valid_until";
            case NUMBER -> "c.number";
            case HOLDER -> "lower(c.holder_name)";
            case ROLE -> "c.role_title";
            case STATUS -> "status";
        };
        return " ORDER BY " + key + direction + ", c.number" + direction;
    }

    /** Numbers are matched in lower case; the wildcards of LIKE in the user's text are taken literally. */
    private static String likeEscaped(String text) {
        return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
