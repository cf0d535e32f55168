package eu.skills4cities.citycert.framework;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is published: the roles of the newest published version of every framework, for the
 * public catalogue and for new applications; and any version's role, for past records.
 */
@Service
public class FrameworkCatalogue {

    private final FrameworkStore store;

    FrameworkCatalogue(FrameworkStore store) {
        this.store = store;
    }

    /** Every published role, by title. */
    @Transactional(readOnly = true)
    public List<PublishedRole> publishedRoles() {
        return store.latestPublished().stream()
                .flatMap(version -> version.document().roles().stream().map(role -> toPublished(version, role)))
                .sorted(Comparator.comparing(p -> p.role().title()))
                .toList();
    }

    /** The role as currently published, which new applications are judged against. */
    @Transactional(readOnly = true)
    public Optional<PublishedRole> publishedRole(String roleCode) {
        return publishedRoles().stream().filter(p -> p.role().code().equals(roleCode)).findFirst();
    }

    /** A role in an exact version, published or not: what a past application or certificate refers to. */
    @Transactional(readOnly = true)
    public Optional<PublishedRole> role(UUID versionId, String roleCode) {
        return store.version(versionId)
                .flatMap(version -> version.document().role(roleCode).map(role -> toPublished(version, role)));
    }

    /**
     * The role's title in the reader's language, from the framework version a record refers to; the title the
     * record holds (English) when the version has no translation or is unknown.
     */
    @Transactional(readOnly = true)
    public LocalText roleTitle(UUID versionId, String roleCode, String recorded, java.util.Locale reader) {
        LocalText english = new LocalText(recorded, java.util.Locale.ENGLISH);
        if (versionId == null || reader.getLanguage().equals(java.util.Locale.ENGLISH.getLanguage())) {
            return english;
        }
        return role(versionId, roleCode).map(published -> published.role().title(reader))
                .filter(title -> !title.english()).orElse(english);
    }

    /**
     * The role and unit titles of many records in the reader's language: the versions they name read in one query,
     * the published ones only if a record names none (or one no longer stored); nothing read for English.
     */
    @Transactional(readOnly = true)
    public ContentTitles titles(java.util.Collection<UUID> versionIds, java.util.Locale reader) {
        if (reader.getLanguage().equals(java.util.Locale.ENGLISH.getLanguage())) {
            return ContentTitles.recorded();
        }
        List<UUID> wanted = versionIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return ContentTitles.of(reader, store.versions(wanted),
                () -> store.latestPublished().stream().map(FrameworkStore.StoredVersion::document).toList());
    }

    private static PublishedRole toPublished(FrameworkStore.StoredVersion version, RoleDefinition role) {
        FrameworkVersionInfo info = version.info();
        return new PublishedRole(info.id(), info.frameworkCode(), version.document().title(), info.versionNumber(),
                info.label(), info.sample(), info.status(), role);
    }
}
