package org.ourown.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.ourown.OurOwnApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseTests {

    @Test
    void aRestartOnTheSameDataDirectoryKeepsEverything() throws Exception {
        Path directory = Files.createTempDirectory("ourown-restart-").resolve("pg");
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory.toString(), "kept");

        EmbeddedPostgres first = EmbeddedPostgresLauncher.start(properties);
        EmbeddedPostgresLauncher.createDatabaseIfMissing(first, "kept");
        try (Connection c = first.getDatabase("postgres", "kept").getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table note (text text)");
            s.execute("insert into note values ('still here')");
        }
        EmbeddedPostgresLauncher.stop(properties);

        EmbeddedPostgres second = EmbeddedPostgresLauncher.start(properties);
        try (Connection c = second.getDatabase("postgres", "kept").getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select text from note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        } finally {
            EmbeddedPostgresLauncher.stop(properties);
        }
    }

    @Test
    void sharedBuffersIsPostgresqlsOwnCacheSizeAndMustBeASize() throws Exception {
        assertThat(new EmbeddedDatabaseProperties("", "ourown").sharedBuffers()).isEqualTo("512MB");
        assertThatThrownBy(() -> new EmbeddedDatabaseProperties("", "ourown", 0, 0, "lots"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shared-buffers must be a size such as 512MB");
        assertThatThrownBy(() -> new EmbeddedDatabaseProperties("", "ourown", 0, 0, "512MB; fsync=off"))
                .isInstanceOf(IllegalArgumentException.class);

        Path directory = Files.createTempDirectory("ourown-buffers-").resolve("pg");
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(directory.toString(), "postgres", 0, 0, "160MB");
        EmbeddedPostgres server = EmbeddedPostgresLauncher.start(properties);
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show shared_buffers")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("160MB");
        } finally {
            EmbeddedPostgresLauncher.stop(properties);
        }
    }

    @Test
    void withAnExternalDatabaseNoEmbeddedOneStartsAndNoDemoDataIsLoaded() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgresLauncher.start(new EmbeddedDatabaseProperties("", "ourown"));
        EmbeddedPostgresLauncher.createDatabaseIfMissing(server, "external_plain");
        try (ConfigurableApplicationContext app = external(server, "external_plain", "")) {
            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from accounts.organization")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from audit.flyway_schema_history")
                            .query(Long.class)
                            .single())
                    .isPositive();
        }
    }

    @Test
    void anExternalDatabaseGetsDemoDataOnlyWhenAsked() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgresLauncher.start(new EmbeddedDatabaseProperties("", "ourown"));
        EmbeddedPostgresLauncher.createDatabaseIfMissing(server, "external_demo");
        try (ConfigurableApplicationContext app = external(server, "external_demo", "true")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from accounts.organization")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(3);
        }
    }

    private static ConfigurableApplicationContext external(EmbeddedPostgres server, String database, String demo) {
        // Command-line arguments, as an operator would pass them: they outrank every properties file.
        return new SpringApplicationBuilder(OurOwnApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--ourown.demo=" + demo);
    }
}
