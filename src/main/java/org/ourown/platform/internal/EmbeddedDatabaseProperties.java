package org.ourown.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where its files live; empty means a temporary directory for this process (tests)
 * @param database the database the app uses inside it
 * @param port the port it listens on (loopback only); 0 means any free port. A fixed port lets benchmarks and
 *     {@code psql} reach the running app's database.
 * @param poolSize connections the app keeps to it; 0 means two per core and one more (the warm line's LISTEN holds
 *     one). PostgreSQL runs on the same cores: with more, its processes queue for the CPU instead of the requests
 *     queueing for a connection, and each query costs more (bench/directory: on 2 cores, 4 and 5 served about 460
 *     searches a second, 20 served 310).
 * @param sharedBuffers PostgreSQL's {@code shared_buffers}, its own cache of table and index pages, such as
 *     {@code 512MB}; empty means 512MB. PostgreSQL's default, 128MB, is less than the directory's search tables and
 *     indexes at 100,000 services, and every search then copied pages in from the operating system's cache and
 *     verified their checksums (bench/directory: 10% more PostgreSQL CPU a search). It is reserved, not used: memory is
 *     taken only as pages are read.
 */
@ConfigurationProperties("ourown.embedded-database")
record EmbeddedDatabaseProperties(String dataDirectory, String database, int port, int poolSize, String sharedBuffers) {

    @ConstructorBinding
    EmbeddedDatabaseProperties {
        if (database == null || database.isBlank()) {
            database = "ourown";
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("ourown.embedded-database.port must be 0 (any free port) to 65535");
        }
        if (poolSize < 0) {
            throw new IllegalArgumentException("ourown.embedded-database.pool-size must be 0 (the default) or more");
        }
        if (poolSize == 0) {
            poolSize = 2 * Runtime.getRuntime().availableProcessors() + 1;
        }
        if (sharedBuffers == null || sharedBuffers.isBlank()) {
            sharedBuffers = "512MB";
        }
        if (!sharedBuffers.matches("[1-9][0-9]{0,6}(kB|MB|GB)")) {
            throw new IllegalArgumentException(
                    "ourown.embedded-database.shared-buffers must be a size such as 512MB (a number and kB, MB or GB)");
        }
    }

    EmbeddedDatabaseProperties(String dataDirectory, String database) {
        this(dataDirectory, database, 0, 0, null);
    }

    boolean temporary() {
        return dataDirectory == null || dataDirectory.isBlank();
    }
}
