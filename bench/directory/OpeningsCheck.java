package org.ourown.directory.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ourown.directory.internal.hours.Interval;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks that the `opening` rows generate.sql computed in SQL are the ones the app's own engine would write: for every
 * n-th generated service, the intervals {@link Openings#refresh} computes (same window, from the instant generate.sql
 * used) against the rows in the table. Lives in the directory's internal package only to use Openings itself.
 *
 * <pre>java -cp … org.ourown.directory.internal.OpeningsCheck JDBC_URL EVERY_NTH</pre>
 */
public final class OpeningsCheck {

    public static void main(String[] args) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(args[0]);
            pool.setUsername("postgres");
            int every = Integer.parseInt(args[1]);
            JdbcClient jdbc = JdbcClient.create(pool);
            Openings openings = new Openings(
                    jdbc, new org.springframework.jdbc.core.JdbcTemplate(pool), Clock.systemUTC(), null);
            Instant now = jdbc.sql("select from_ + interval '24 hours' from directory_bench.window_")
                    .query(java.sql.Timestamp.class)
                    .single()
                    .toInstant();
            List<UUID> services = jdbc.sql("select id from directory.service where id between"
                            + " 'bec40002-0000-4000-8000-000000000000' and 'bec40002-0000-4000-8000-ffffffffffff'"
                            + " order by id")
                    .query(UUID.class)
                    .list();
            int checked = 0;
            int intervals = 0;
            int wrong = 0;
            for (int i = 0; i < services.size(); i += every) {
                UUID service = services.get(i);
                List<String> expected = openings.hours(service)
                        .map(hours -> hours.intervals(now.minus(Duration.ofDays(1)), now.plus(Openings.AHEAD)))
                        .orElse(List.of())
                        .stream()
                        .map(OpeningsCheck::text)
                        .toList();
                List<String> actual = jdbc.sql("select lower(during), upper(during) from directory.opening"
                                + " where service_id = :id order by lower(during)")
                        .param("id", service)
                        .query((rs, n) -> rs.getTimestamp(1).toInstant() + "/"
                                + rs.getTimestamp(2).toInstant())
                        .list();
                checked++;
                intervals += expected.size();
                if (!expected.equals(actual)) {
                    wrong++;
                    if (wrong <= 5) {
                        System.out.println("MISMATCH " + service + "\n  engine: " + expected + "\n  table:  " + actual);
                    }
                }
            }
            System.out.printf(
                    "openings as of %s: %d services checked, %d intervals, %d services differ%n",
                    now, checked, intervals, wrong);
            if (wrong > 0) {
                System.exit(1);
            }
        }
    }

    private static String text(Interval interval) {
        return interval.opens().toInstant() + "/" + interval.closes().toInstant();
    }
}
