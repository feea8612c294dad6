package org.ourown.warmline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MovableClock;
import org.ourown.warmline.BlockRequest;
import org.ourown.warmline.BoardFixtures;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ContactDetails;
import org.ourown.warmline.ContactRecordId;
import org.ourown.warmline.ContactRecords;
import org.ourown.warmline.PeerConsole;
import org.ourown.warmline.Retention;
import org.ourown.warmline.VisitorBlocks;
import org.ourown.warmline.VisitorChats;
import org.ourown.warmline.WarmlineClock;
import org.ourown.warmline.WarmlineFixtures;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Short memory, checked the hard way: after the purge job, no column of any table of the warm line's schema holds a
 * word of a chat past its line's retention, nor the caller details of its contact record.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WarmlineClock.class)
class WarmlinePurgeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    BoardFixtures chats;

    @Autowired
    VisitorChats visitors;

    @Autowired
    PeerConsole console;

    @Autowired
    ContactRecords records;

    @Autowired
    VisitorBlocks blocks;

    @Autowired
    ShortMemory shortMemory;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    OrganizationId home;
    StaffView peer;
    StaffView coordinator;

    @BeforeEach
    void people() {
        clock.reset();
        home = tenants.organization("Short Memory");
        peer = tenants.person(home, Role.PEER);
        coordinator = tenants.person(home, Role.COORDINATOR);
    }

    @Test
    void aDayLineForgetsAChatEndedTwentyFiveHoursAgoAndKeepsOneEndedTwentyThreeHoursAgo() throws Exception {
        Line line = fixtures.line(home, true, Retention.ONE_DAY);
        String old = tag();
        String recent = tag();
        VisitorChat gone = chatWithRecord(line, old);
        TestTenants.as(
                coordinator,
                () -> blocks.lift(blocks.block(gone.id(), new BlockRequest("TWO_HOURS", "Shouted " + old))
                        .id()));
        clock.advance(Duration.ofHours(2));
        VisitorChat kept = chatWithRecord(line, recent);
        clock.advance(Duration.ofHours(23));

        assertThat(placesHolding(old))
                .contains(
                        "chat_message.body",
                        "contact_record.alias",
                        "contact_record.area",
                        "contact_record.gender",
                        "contact_record.heard_from",
                        "contact_record.resources_shared",
                        "block.reason");

        ShortMemory.Purged purged = shortMemory.purge();

        assertThat(purged.messages()).isPositive();
        assertThat(placesHolding(old)).isEmpty();
        assertThat(placesHolding(recent)).contains("chat_message.body", "contact_record.alias");
        // The record keeps what is de-identified: the reasons, the support, the feelings, the times.
        assertThat(jdbc.sql("select array_to_string(reasons, ',') || '/' || feeling_end || '/' || status"
                                + " from warmline.contact_record where chat_id = :c")
                        .param("c", gone.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("LONELINESS/4/FINAL");

        assertThat(transcriptPage(gone.id()))
                .contains("The transcript is no longer kept.")
                .doesNotContain(old);
        assertThat(transcriptPage(kept.id())).contains("The geese flew over " + recent);
    }

    @Test
    void aVisitorWhoVanishedWhileWaitingIsClosedAndTheirWordsDoNotSurvive() {
        Line line = fixtures.line(home, true);
        String words = tag();
        VisitorChat chat = fixtures.visitor(line);
        visitors.post(chat.id(), chat.secret(), "Is anyone there " + words);
        assertThat(placesHolding(words)).containsExactly("chat_message.body");

        clock.advance(Duration.ofMinutes(11));
        ShortMemory.Purged purged = shortMemory.purge();

        assertThat(purged.chatsClosed()).isPositive();
        assertThat(placesHolding(words)).isEmpty();
        assertThat(jdbc.sql("select status || '/' || (select count(*) from warmline.chat_message m"
                                + " where m.chat_id = c.id) from warmline.chat c where id = :c")
                        .param("c", chat.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("LEFT/0");
    }

    /** A chat with words in it, ended, and its contact record finished with every caller detail filled in. */
    private VisitorChat chatWithRecord(Line line, String tag) {
        VisitorChat chat = chats.endedChat(line, peer, "The geese flew over " + tag, "Where did they go " + tag);
        ContactRecordId record = TestTenants.as(peer, () -> console.end(chat.id()));
        ContactDetails details = new ContactDetails(
                Set.of(ContactDetails.Reason.LONELINESS),
                Set.of(ContactDetails.Support.LISTENING),
                "Library hours " + tag,
                false,
                false,
                null,
                2,
                4,
                null,
                "Alias " + tag,
                null,
                "Area " + tag,
                null,
                "G " + tag,
                "Heard " + tag);
        TestTenants.as(peer, () -> records.save(record, details, true));
        return chat;
    }

    private String transcriptPage(ChatId chat) throws Exception {
        return mvc.perform(get("/warmline/console/transcripts/{id}", chat)
                        .param("purpose", "SUPPORTING_THE_PEER")
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Every column of every table of the warm line's schema that holds the text, as "table.column". */
    private List<String> placesHolding(String text) {
        List<String[]> columns = jdbc.sql("select c.table_name, c.column_name from information_schema.columns c"
                        + " join information_schema.tables t on t.table_schema = c.table_schema"
                        + " and t.table_name = c.table_name where t.table_type = 'BASE TABLE'"
                        + " and c.table_schema = 'warmline'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(columns).extracting(c -> c[0]).contains("chat_message", "contact_record", "block", "chat");
        List<String> places = new ArrayList<>();
        for (String[] column : columns) {
            long rows = jdbc.sql("select count(*) from warmline.\"" + column[0] + "\" where strpos(lower(\"" + column[1]
                            + "\"::text), lower(:text)) > 0")
                    .param("text", text)
                    .query(Long.class)
                    .single();
            if (rows > 0) {
                places.add(column[0] + "." + column[1]);
            }
        }
        return places;
    }

    private static String tag() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
