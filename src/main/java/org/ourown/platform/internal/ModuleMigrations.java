package org.ourown.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each module owns a PostgreSQL schema named after it, with its migrations in {@code db/migration/<module>/} and
 * its own history table. Boot's Flyway start-up runs them all, module by module.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

    /**
     * A comment reworded in a migration that databases have already applied: the checksum Flyway recorded then, and
     * the one the file has now. Only these exact pairs are carried over; any other edit still fails validation.
     */
    record RewordedComment(String module, String version, int before, int now) {}

    static final List<RewordedComment> REWORDED = List.of(
            // members V1 said in words which clinical fields it does not have; it now says "nothing clinical".
            new RewordedComment("members", "1", 2052270842, 1124325159));

    @Bean
    FlywayMigrationStrategy migrateEveryModule() {
        return flyway -> {
            for (String module : modulesWithMigrations()) {
                carryOverRewordedComments(
                        new JdbcTemplate(flyway.getConfiguration().getDataSource()), module);
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

    static void carryOverRewordedComments(JdbcTemplate jdbc, String module) {
        Boolean applied = jdbc.queryForObject(
                "select to_regclass(?) is not null", Boolean.class, module + ".flyway_schema_history");
        if (!Boolean.TRUE.equals(applied)) {
            return;
        }
        for (RewordedComment reworded : REWORDED) {
            if (reworded.module().equals(module)) {
                jdbc.update(
                        "update " + module
                                + ".flyway_schema_history set checksum = ? where version = ? and checksum = ?",
                        reworded.now(),
                        reworded.version(),
                        reworded.before());
            }
        }
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
