package org.ourown.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where its files live; empty means a temporary directory for this process (tests)
 * @param database the database the app uses inside it
 */
@ConfigurationProperties("ourown.embedded-database")
record EmbeddedDatabaseProperties(String dataDirectory, String database) {

    EmbeddedDatabaseProperties {
        if (database == null || database.isBlank()) {
            database = "ourown";
        }
    }

    boolean temporary() {
        return dataDirectory == null || dataDirectory.isBlank();
    }
}
