package eu.skills4cities.citycert.base;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names folded for search: without accents, in lower case by Unicode's rules, Greek final sigma as sigma
 * ("Zoë" and "ZOE" both become "zoe"). The folding is the database's {@code citycert_fold} (migration V54),
 * so a name stored in a column folded by the database and a name folded here for the engine's process
 * variables or for a list in memory always agree. One statement per call, however many names.
 */
@Component
public class NameKeys {

    private final JdbcClient jdbc;

    NameKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The folded name; null for null. */
    public String fold(String name) {
        if (name == null) {
            return null;
        }
        return jdbc.sql("SELECT citycert_fold(:name)").param("name", name).query(String.class).single();
    }

    /** Each distinct name and its folded form, in one statement. */
    public Map<String, String> foldAll(Collection<String> names) {
        List<String> distinct = names.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT n, citycert_fold(n) AS folded FROM unnest(CAST(:names AS text[])) AS t(n)")
                .param("names", distinct.toArray(String[]::new))
                .query((rs, i) -> Map.entry(rs.getString("n"), rs.getString("folded"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** Whether the folded text is part of the folded name, for lists held in memory. */
    public static boolean contains(String foldedName, String foldedPart) {
        return foldedName != null && foldedPart != null && foldedName.contains(foldedPart);
    }
}
