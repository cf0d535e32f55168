package eu.skills4cities.citycert.framework;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' work on frameworks: import a file as a new draft version, publish,
 * retire, export and compare versions. Auditors may list, export and compare.
 */
@Service
public class FrameworkManagement {

    private static final Logger log = LoggerFactory.getLogger(FrameworkManagement.class);

    private final FrameworkStore store;
    private final Clock clock;

    FrameworkManagement(FrameworkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Imports a framework file as a new draft version: version 1 of a new framework, or the
     * next version of an existing one (never an overwrite).
     *
     * @throws InvalidInputException with every problem of the file; nothing is stored
     */
    @Transactional
    public FrameworkVersionInfo importFile(CurrentUser admin, String fileName, byte[] content) {
        requireAdmin(admin);
        FrameworkDocument document = FrameworkFileReader.read(content);
        UUID frameworkId = store.frameworkId(document.code(), clock.instant());
        UUID versionId = store.insertDraft(frameworkId, document, safeName(fileName), admin.username(), clock.instant());
        FrameworkVersionInfo info = info(versionId);
        log.info("Framework {} version {} imported as a draft by {} from {}", info.frameworkCode(),
                info.versionNumber(), admin.username(), info.sourceFileName());
        return info;
    }

    /** Publishes a draft: from now on it never changes, and new applications use it. */
    @Transactional
    public FrameworkVersionInfo publish(CurrentUser admin, UUID versionId) {
        requireAdmin(admin);
        FrameworkStore.StoredVersion version = stored(versionId);
        if (version.info().status() != VersionStatus.DRAFT) {
            throw RefusedException.conflict("framework.refused.not-draft",
                    version.info().displayName(), version.info().status().name());
        }
        for (FrameworkStore.StoredVersion other : store.latestPublished()) {
            if (other.info().frameworkCode().equals(version.info().frameworkCode())) {
                continue;
            }
            Set<String> taken = other.document().roles().stream().map(RoleDefinition::code).collect(Collectors.toSet());
            for (RoleDefinition role : version.document().roles()) {
                if (taken.contains(role.code())) {
                    throw RefusedException.conflict("framework.refused.role-clash", role.code(),
                            other.info().displayName());
                }
            }
        }
        store.publish(versionId, admin.username(), clock.instant());
        log.info("Framework {} published by {}", version.info().displayName(), admin.username());
        return info(versionId);
    }

    /** Retires a published version: no new applications; past records keep pointing at it. */
    @Transactional
    public FrameworkVersionInfo retire(CurrentUser admin, UUID versionId) {
        requireAdmin(admin);
        FrameworkVersionInfo version = info(versionId);
        if (version.status() != VersionStatus.PUBLISHED) {
            throw RefusedException.conflict("framework.refused.not-published",
                    version.displayName(), version.status().name());
        }
        store.retire(versionId, admin.username(), clock.instant());
        log.info("Framework {} retired by {}", version.displayName(), admin.username());
        return info(versionId);
    }

    @Transactional(readOnly = true)
    public List<FrameworkVersionInfo> versions(CurrentUser user) {
        requireReader(user);
        return store.versions();
    }

    @Transactional(readOnly = true)
    public FrameworkDocument document(CurrentUser user, UUID versionId) {
        requireReader(user);
        return stored(versionId).document();
    }

    /** The version in the import format (YAML). */
    @Transactional(readOnly = true)
    public byte[] export(CurrentUser user, UUID versionId) {
        requireReader(user);
        return FrameworkFileWriter.write(stored(versionId).document());
    }

    /** What changed from one version to another. */
    @Transactional(readOnly = true)
    public List<FrameworkChange> compare(CurrentUser user, UUID fromVersion, UUID toVersion) {
        requireReader(user);
        return FrameworkComparison.compare(stored(fromVersion).document(), stored(toVersion).document());
    }

    /** True when a framework with this code has been imported (any status). */
    @Transactional(readOnly = true)
    public boolean exists(String frameworkCode) {
        return store.exists(frameworkCode);
    }

    private FrameworkStore.StoredVersion stored(UUID versionId) {
        return store.version(versionId).orElseThrow(() -> NotFoundException.of("framework.version.not-found"));
    }

    private FrameworkVersionInfo info(UUID versionId) {
        return stored(versionId).info();
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators change frameworks");
        }
    }

    private static void requireReader(CurrentUser user) {
        if (!user.hasAnyOf(Role.FRAMEWORK_READERS)) {
            throw new AccessDeniedException("Only administrators and auditors read framework versions");
        }
    }

    private static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
