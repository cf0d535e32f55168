package eu.skills4cities.citycert.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresTest {

    @TempDir
    Path parent;

    @Test
    void a_kept_data_directory_survives_a_restart() throws Exception {
        Path data = parent.resolve("postgres");
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(data.toString(), 0, true);

        try (EmbeddedPostgresLauncher launcher = new EmbeddedPostgresLauncher(properties);
             EmbeddedPostgres first = launcher.start();
             Connection connection = first.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (word TEXT); INSERT INTO kept VALUES ('still here')");
        }
        assertThat(data.resolve("PG_VERSION")).exists();

        try (EmbeddedPostgresLauncher launcher = new EmbeddedPostgresLauncher(properties);
             EmbeddedPostgres second = launcher.start();
             Connection connection = second.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void a_temporary_cluster_is_deleted_when_it_stops() throws Exception {
        EmbeddedPostgresLauncher launcher = new EmbeddedPostgresLauncher(new EmbeddedPostgresProperties("", 0, true));
        try (launcher; EmbeddedPostgres postgres = launcher.start()) {
            assertThat(launcher.dataDirectory().resolve("PG_VERSION")).exists();
            assertThat(postgres.getPort()).isPositive();
        }
        assertThat(launcher.dataDirectory()).doesNotExist();
    }

    @Test
    void no_embedded_server_starts_when_an_external_database_is_configured() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withUserConfiguration(EmbeddedPostgresConfiguration.class, PropertiesConfiguration.class)
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.invalid:5432/citycert")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context).hasSingleBean(javax.sql.DataSource.class);
                    assertThat(context.getBean(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl())
                            .isEqualTo("jdbc:postgresql://db.example.invalid:5432/citycert");
                });
    }

    @EnableConfigurationProperties(EmbeddedPostgresProperties.class)
    static class PropertiesConfiguration {
    }
}
