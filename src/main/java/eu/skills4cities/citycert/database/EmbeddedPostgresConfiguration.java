package eu.skills4cities.citycert.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL and exposes a pooled {@link DataSource} on it, unless
 * {@code spring.datasource.url} points at an external server (then Spring Boot's own
 * data source configuration takes over and nothing is started here).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    static final String DATABASE = "citycert";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** Stops the server (and its watchdog) after everything that uses it, the engine included. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresLauncher embeddedPostgresLauncher(EmbeddedPostgresProperties properties) {
        return new EmbeddedPostgresLauncher(properties);
    }

    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresLauncher launcher, EmbeddedPostgresProperties properties)
            throws IOException {
        EmbeddedPostgres postgres = launcher.start();
        createDatabaseIfMissing(postgres);
        log.info("Embedded PostgreSQL listens on port {} (data: {})", postgres.getPort(),
                properties.temporary() ? "temporary" : properties.dataDirectory());
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:%d/%s".formatted(postgres.getPort(), DATABASE));
        dataSource.setUsername("postgres");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database '" + DATABASE + "' on the embedded PostgreSQL", e);
        }
    }
}
