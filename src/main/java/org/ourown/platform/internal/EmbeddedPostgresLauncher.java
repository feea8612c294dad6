package org.ourown.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one real PostgreSQL per data directory and process. Every Spring context in the same JVM (tests start
 * several) shares it; it stops when the JVM does.
 */
final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final Map<Path, EmbeddedPostgres> running = new HashMap<>();
    private static Path temporaryDirectory;

    private EmbeddedPostgresLauncher() {}

    static synchronized EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
        Path dataDirectory = properties.temporary()
                ? temporaryDirectory()
                : Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        return running.computeIfAbsent(dataDirectory, dir -> launch(dir, properties));
    }

    /** Stops the PostgreSQL of that data directory, if this process started it. */
    static synchronized void stop(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory =
                Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        EmbeddedPostgres postgres = running.remove(dataDirectory);
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Path temporaryDirectory() {
        if (temporaryDirectory == null) {
            try {
                temporaryDirectory = Files.createTempDirectory("ourown-pg-").resolve("data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return temporaryDirectory;
    }

    private static EmbeddedPostgres launch(Path dataDirectory, EmbeddedDatabaseProperties properties) {
        boolean temporary = properties.temporary();
        int port = properties.port();
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(temporary)
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", properties.sharedBuffers());
            if (port != 0) {
                builder.setPort(port);
            }
            long started = System.nanoTime();
            EmbeddedPostgres postgres = builder.start();
            log.info(
                    "Embedded PostgreSQL ready on port {} in {} ms, data in {}",
                    postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000,
                    dataDirectory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Database names are lower-case letters, digits and _");
                }
                try (var create = connection.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }
}
