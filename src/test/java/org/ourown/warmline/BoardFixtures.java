package org.ourown.warmline;

import org.ourown.TestTenants;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Chats with words in them on a chosen line, and the audit entries coordinators leave, for the board's tests. */
@Component
public class BoardFixtures {

    private final WarmlineFixtures fixtures;
    private final VisitorChats visitors;
    private final PeerConsole console;
    private final JdbcClient jdbc;

    BoardFixtures(WarmlineFixtures fixtures, VisitorChats visitors, PeerConsole console, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.visitors = visitors;
        this.console = console;
        this.jdbc = jdbc;
    }

    /** The visitor writes, the peer (who takes every chat waiting before it and ends them) answers and ends it. */
    public VisitorChat endedChat(Line line, StaffView peer, String visitorWords, String peerWords) {
        VisitorChat chat = takenChat(line, peer);
        visitors.post(chat.id(), chat.secret(), visitorWords);
        TestTenants.as(peer, () -> console.post(chat.id(), peerWords));
        TestTenants.as(peer, () -> console.end(chat.id()));
        return chat;
    }

    public VisitorChat takenChat(Line line, StaffView peer) {
        VisitorChat chat = fixtures.visitor(line);
        TestTenants.as(peer, () -> {
            console.presence(true, 5);
            ChatId taken = console.takeNext().orElseThrow();
            while (!taken.equals(chat.id())) {
                console.end(taken);
                taken = console.takeNext().orElseThrow();
            }
            return taken;
        });
        return chat;
    }

    public long audited(String recordType, ChatId chat, String purpose) {
        return jdbc.sql("select count(*) from audit.entry where record_type = :t and record_id = :id"
                        + " and action = 'READ' and purpose = :p")
                .param("t", recordType)
                .param("id", chat.toString())
                .param("p", purpose)
                .query(Long.class)
                .single();
    }

    public long audited(String recordType, ChatId chat) {
        return jdbc.sql("select count(*) from audit.entry where record_type = :t and record_id = :id")
                .param("t", recordType)
                .param("id", chat.toString())
                .query(Long.class)
                .single();
    }
}
