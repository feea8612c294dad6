package org.ourown.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SortedSet;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module owns a PostgreSQL schema named after it, with its migrations in {@code db/migration/<module>/} and
 * its own history table. Boot's Flyway start-up runs them all, module by module.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

    @Bean
    FlywayMigrationStrategy migrateEveryModule() {
        return flyway -> {
            for (String module : modulesWithMigrations()) {
                var result = Flyway.configure(flyway.getConfiguration().getClassLoader())
                        .configuration(flyway.getConfiguration())
                        .schemas(module)
                        .defaultSchema(module)
                        .locations("classpath:db/migration/" + module)
                        .load()
                        .migrate();
                if (result.migrationsExecuted > 0) {
                    log.info("Module {}: {} migration(s) applied", module, result.migrationsExecuted);
                }
            }
        };
    }

    static SortedSet<String> modulesWithMigrations() {
        try {
            SortedSet<String> modules = new TreeSet<>();
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/V*__*.sql")) {
                String path = resource.getURL().toString();
                String folder = path.substring(0, path.lastIndexOf('/'));
                modules.add(folder.substring(folder.lastIndexOf('/') + 1));
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
