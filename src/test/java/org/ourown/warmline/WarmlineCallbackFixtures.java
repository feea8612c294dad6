package org.ourown.warmline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Check-in callbacks for tests, asked for through the facade, and a search of the warm line schema for a text. */
@Component
public class WarmlineCallbackFixtures {

    /** Test organizations keep their time in New York. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    private final WarmlineFixtures fixtures;
    private final CheckInCallbacks callbacks;
    private final JdbcClient jdbc;

    WarmlineCallbackFixtures(WarmlineFixtures fixtures, CheckInCallbacks callbacks, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.callbacks = callbacks;
        this.jdbc = jdbc;
    }

    public record Asked(CallbackId id, VisitorChat chat, String phone) {}

    public static CallbackRequest tomorrow(String phone) {
        return new CallbackRequest(
                phone, LocalDate.now(ZONE).plusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0), true);
    }

    /** A chat taken by that peer whose visitor asks to be called tomorrow morning. */
    public Asked askedOf(StaffView peer, String phone) {
        VisitorChat chat = fixtures.takenBy(peer);
        return new Asked(callbacks.request(chat.id(), chat.secret(), tomorrow(phone)), chat, phone);
    }

    /** Moves a callback's window so that it starts and ends that many hours from now. */
    public void window(CallbackId id, int startHours, int endHours) {
        jdbc.sql("update warmline.callback set window_start = now() + make_interval(hours => :s),"
                        + " window_end = now() + make_interval(hours => :e) where id = :id")
                .param("s", startHours)
                .param("e", endHours)
                .param("id", id.value())
                .update();
    }

    /** Every text-like column of every warm line table holding the text, as schema.table.column. */
    public List<String> placesHolding(String text) {
        List<String[]> columns = jdbc.sql("select c.table_name, c.column_name from information_schema.columns c"
                        + " join information_schema.tables t on t.table_schema = c.table_schema"
                        + " and t.table_name = c.table_name where t.table_type = 'BASE TABLE'"
                        + " and c.table_schema = 'warmline'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        List<String> places = new ArrayList<>();
        for (String[] column : columns) {
            long rows = jdbc.sql("select count(*) from warmline.\"" + column[0] + "\" where strpos(\"" + column[1]
                            + "\"::text, :text) > 0")
                    .param("text", text)
                    .query(Long.class)
                    .single();
            if (rows > 0) {
                places.add("warmline." + column[0] + "." + column[1]);
            }
        }
        return places;
    }
}
