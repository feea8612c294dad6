package org.ourown.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Runs a real PostgreSQL inside the app when no external one is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    /** Shared by every context in this JVM; it stops with the JVM (its own shutdown hook), not with a context. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(properties);
        EmbeddedPostgresLauncher.createDatabaseIfMissing(postgres, properties.database());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        dataSource.setPoolName("ourown-embedded");
        dataSource.setMaximumPoolSize(properties.poolSize());
        return dataSource;
    }
}
