package org.ourown.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database that applied members V1 before its comment was reworded starts again; another edit is still caught. */
@SpringBootTest
class RewordedCommentsTests {

    @Autowired
    DataSource dataSource;

    @Test
    void theOldChecksumOfARewordedCommentIsCarriedOverAndNothingElse() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String checksum = "select checksum from members.flyway_schema_history where version = '1'";
        int now = jdbc.queryForObject(checksum, Integer.class);
        assertThat(now)
                .as("the file as it is now")
                .isEqualTo(ModuleMigrations.REWORDED.get(0).now());
        try {
            jdbc.update("update members.flyway_schema_history set checksum = 2052270842 where version = '1'");
            assertThat(valid())
                    .as("as an older database has it, Flyway refuses")
                    .isFalse();

            ModuleMigrations.carryOverRewordedComments(jdbc, "members");
            assertThat(jdbc.queryForObject(checksum, Integer.class)).isEqualTo(now);
            assertThat(valid()).isTrue();

            jdbc.update("update members.flyway_schema_history set checksum = 12345 where version = '1'");
            ModuleMigrations.carryOverRewordedComments(jdbc, "members");
            assertThat(valid()).as("any other difference is still an error").isFalse();
        } finally {
            jdbc.update("update members.flyway_schema_history set checksum = ? where version = '1'", now);
        }
    }

    private boolean valid() {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas("members")
                .defaultSchema("members")
                .locations("classpath:db/migration/members")
                .load()
                .validateWithResult()
                .validationSuccessful;
    }
}
