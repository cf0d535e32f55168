package eu.skills4cities.citycert.framework;

import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published or retired version's document is parsed once and then shared; its info (status, dates) is read
 * each time; a draft's content is read and parsed every time, so a change to it is seen at once.
 */
@CityCertSpringTest
class FrameworkDocumentCacheTest {

    private static final CurrentUser ADMIN = CurrentUser.of("cache-admin", Role.ADMIN);

    @Autowired
    FrameworkManagement frameworks;
    @Autowired
    FrameworkStore store;
    @Autowired
    JdbcClient jdbc;

    private static byte[] file(String code) {
        return TestFrameworks.small().replace("TEST-SMALL", code).replace("TSTR", code + "R")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void a_drafts_content_is_read_every_time_and_a_published_versions_document_is_parsed_once() {
        FrameworkVersionInfo draft = frameworks.importFile(ADMIN, "small.yaml", file(unique("CACHE")));

        FrameworkDocument first = store.version(draft.id()).orElseThrow().document();
        assertThat(store.version(draft.id()).orElseThrow().document()).isEqualTo(first).isNotSameAs(first);
        // a draft may still change (the guard lets its content change): the next read sees it
        jdbc.sql("UPDATE framework_version SET content = jsonb_set(content, '{title}', '\"Changed draft\"') "
                + "WHERE id = ?").param(draft.id()).update();
        assertThat(store.version(draft.id()).orElseThrow().document().title()).isEqualTo("Changed draft");

        frameworks.publish(ADMIN, draft.id());
        FrameworkDocument published = store.version(draft.id()).orElseThrow().document();
        assertThat(published.title()).isEqualTo("Changed draft");
        // the same parsed document, from every kind of read
        assertThat(store.version(draft.id()).orElseThrow().document()).isSameAs(published);
        assertThat(store.versions(List.of(draft.id()))).singleElement()
                .satisfies(v -> assertThat(v.document()).isSameAs(published));
        assertThat(store.latestPublished()).filteredOn(v -> v.info().id().equals(draft.id())).singleElement()
                .satisfies(v -> assertThat(v.document()).isSameAs(published));

        // the info is not cached: retiring shows at once, with the same document
        frameworks.retire(ADMIN, draft.id());
        FrameworkStore.StoredVersion retired = store.version(draft.id()).orElseThrow();
        assertThat(retired.info().status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(retired.document()).isSameAs(published);
    }

    @Test
    void one_read_of_cached_and_uncached_versions_gives_each_its_own_document() {
        FrameworkVersionInfo published = frameworks.publish(ADMIN,
                frameworks.importFile(ADMIN, "a.yaml", file(unique("MIXA"))).id());
        FrameworkDocument cached = store.version(published.id()).orElseThrow().document();
        FrameworkVersionInfo draft = frameworks.importFile(ADMIN, "b.yaml", file(unique("MIXB")));

        List<FrameworkStore.StoredVersion> both = store.versions(List.of(published.id(), draft.id()));

        assertThat(both).hasSize(2);
        assertThat(both).filteredOn(v -> v.info().id().equals(published.id())).singleElement()
                .satisfies(v -> assertThat(v.document()).isSameAs(cached));
        assertThat(both).filteredOn(v -> v.info().id().equals(draft.id())).singleElement()
                .satisfies(v -> assertThat(v.document().code()).isEqualTo(draft.frameworkCode()));
    }
}
