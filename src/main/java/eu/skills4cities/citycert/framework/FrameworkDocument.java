package eu.skills4cities.citycert.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of one framework version, as imported: the framework's identity and its roles.
 * Immutable; two documents with the same content are equal.
 */
public record FrameworkDocument(String code, String title, String description, String label, boolean sample,
                                List<RoleDefinition> roles, Map<String, Translation> translations)
        implements Translated {

    public FrameworkDocument {
        roles = List.copyOf(roles);
        translations = Translated.copy(translations);
    }

    public Optional<RoleDefinition> role(String roleCode) {
        return roles.stream().filter(r -> r.code().equals(roleCode)).findFirst();
    }
}
