package eu.skills4cities.citycert.framework;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Role and unit titles of many records (certificates, applications, tasks) in one reader's language, looked up by
 * code in the framework version each record used (else the published one), with the title the record holds
 * (English) when no translation is found. The versions are read once for all records
 * ({@link FrameworkCatalogue#titles}); the records stay as they are.
 */
public final class ContentTitles {

    private final Locale reader;
    private final Map<UUID, FrameworkDocument> versions;
    private final Supplier<List<FrameworkDocument>> published;
    private List<FrameworkDocument> publishedRead;

    ContentTitles(Locale reader, Map<UUID, FrameworkDocument> versions, Supplier<List<FrameworkDocument>> published) {
        this.reader = reader;
        this.versions = versions;
        this.published = published;
    }

    /** Titles for an English reader: the records' own, read from nothing. */
    public static ContentTitles recorded() {
        return new ContentTitles(Locale.ENGLISH, Map.of(), List::of);
    }

    /** The role's title in the reader's language, else {@code recorded} (English). */
    public LocalText role(UUID versionId, String roleCode, String recorded) {
        return roleIn(versionId, roleCode).map(role -> role.title(reader)).filter(title -> !title.english())
                .orElse(new LocalText(recorded, Locale.ENGLISH));
    }

    /** The unit's title in the reader's language, else {@code recorded} (English). */
    public LocalText unit(UUID versionId, String roleCode, String unitCode, String recorded) {
        return roleIn(versionId, roleCode)
                .flatMap(role -> role.units().stream().filter(unit -> unit.code().equals(unitCode)).findFirst())
                .map(unit -> unit.title(reader)).filter(title -> !title.english())
                .orElse(new LocalText(recorded, Locale.ENGLISH));
    }

    private Optional<RoleDefinition> roleIn(UUID versionId, String roleCode) {
        if (roleCode == null || reader.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return Optional.empty();
        }
        FrameworkDocument version = versionId == null ? null : versions.get(versionId);
        if (version != null) {
            return version.role(roleCode);
        }
        if (publishedRead == null) {
            publishedRead = published.get();
        }
        return publishedRead.stream().map(document -> document.role(roleCode)).flatMap(Optional::stream).findFirst();
    }

    static ContentTitles of(Locale reader, Collection<FrameworkStore.StoredVersion> read,
                            Supplier<List<FrameworkDocument>> published) {
        Map<UUID, FrameworkDocument> versions = new HashMap<>();
        read.forEach(version -> versions.put(version.info().id(), version.document()));
        return new ContentTitles(reader, versions, published);
    }
}
