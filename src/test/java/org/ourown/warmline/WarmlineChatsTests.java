package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatMessage.Sender;
import org.ourown.warmline.StartOutcome.Result;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queue, the limits and who may read a chat, through the facades. */
@SpringBootTest
class WarmlineChatsTests {

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    VisitorChats visitors;

    @Autowired
    PeerConsole console;

    @Autowired
    ContactRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClosedLineStartsNoChat() {
        Line line = fixtures.line(tenants.organization("Closed Line Org"), false);

        assertThat(visitors.start(line.slug(), "visitor-closed-1").result()).isEqualTo(Result.CLOSED);
        assertThat(chatsOn(line)).isZero();
    }

    @Test
    void peersTakeTheOldestVisitorFirstAndEachWaitingVisitorKnowsTheirPlace() {
        OrganizationId organization = tenants.organization("Queue Org");
        Line line = fixtures.line(organization, true);
        VisitorChat first = fixtures.visitor(line);
        VisitorChat second = fixtures.visitor(line);
        VisitorChat third = fixtures.visitor(line);
        StaffView peer = tenants.person(organization, Role.PEER);

        assertThat(visitors.state(third.id(), third.secret()).queuePosition()).isEqualTo(3);
        assertThatThrownBy(() -> TestTenants.as(peer, console::takeNext))
                .as("a peer who is away takes nobody")
                .isInstanceOf(Rejected.class);

        TestTenants.as(peer, () -> {
            console.presence(true, 2);
            return null;
        });
        assertThat(TestTenants.as(peer, console::takeNext)).contains(first.id());
        assertThat(visitors.state(third.id(), third.secret()).queuePosition()).isEqualTo(2);
        assertThat(TestTenants.as(peer, console::takeNext)).contains(second.id());
        assertThatThrownBy(() -> TestTenants.as(peer, console::takeNext))
                .as("at capacity")
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("warmline.console.full");

        assertThat(visitors.state(first.id(), first.secret()).status()).isEqualTo(ChatStatus.ACTIVE);
        assertThat(visitors.open(first.id(), first.secret()).messages())
                .extracting(ChatMessage::body)
                .containsExactly("warmline.system.joined");
    }

    @Test
    void aVisitorWhoClosedThePageWhileWaitingIsNotHandedToAPeer() {
        OrganizationId organization = tenants.organization("Vanished Org");
        Line line = fixtures.line(organization, true);
        VisitorChat gone = fixtures.visitor(line);
        VisitorChat here = fixtures.visitor(line);
        jdbc.sql("update warmline.chat set visitor_seen_at = visitor_seen_at - interval '11 minutes' where id = :id")
                .param("id", gone.id().value())
                .update();
        StaffView peer = tenants.person(organization, Role.PEER);
        TestTenants.as(peer, () -> {
            console.presence(true, 1);
            return null;
        });

        assertThat(TestTenants.as(peer, console::takeNext)).contains(here.id());
        assertThat(visitors.state(gone.id(), gone.secret()).status())
                .as("abandoned: left without a word")
                .isEqualTo(ChatStatus.LEFT);
    }

    @Test
    void aPeerOfAnotherOrganizationNeverSeesOrTakesThisQueue() {
        Line line = fixtures.line(tenants.organization("Queue Home"), true);
        fixtures.visitor(line);
        StaffView stranger = tenants.person(tenants.organization("Queue Elsewhere"), Role.PEER);
        TestTenants.as(stranger, () -> {
            console.presence(true, 1);
            return null;
        });

        assertThat(TestTenants.as(stranger, console::console).waiting()).isZero();
        assertThat(TestTenants.as(stranger, console::takeNext)).isEmpty();
    }

    @Test
    void theDailyLimitCountsContactsAndAQuickReconnectIsTheSameContact() {
        Line line = fixtures.line(tenants.organization("Limit Org"), true);
        String visitor = "visitor-limit-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            VisitorChat chat = fixtures.visitor(line, visitor);
            visitors.leave(chat.id(), chat.secret());
            longAgo(chat);
        }
        assertThat(visitors.start(line.slug(), visitor).result()).isEqualTo(Result.LIMIT_REACHED);
        assertThat(visitors.start(line.slug(), "someone-else-" + System.nanoTime())
                        .result())
                .isEqualTo(Result.STARTED);

        Line other = fixtures.line(tenants.organization("Reconnect Org"), true);
        for (int i = 0; i < 3; i++) {
            VisitorChat chat = fixtures.visitor(other, visitor);
            visitors.leave(chat.id(), chat.secret());
            if (i < 2) {
                longAgo(chat);
            }
        }
        assertThat(visitors.start(other.slug(), visitor).result())
                .as("the third chat ended a moment ago: coming back now is the same contact")
                .isEqualTo(Result.STARTED);
    }

    @Test
    void nobodyReadsOrWritesAChatWithoutItsSecret() {
        OrganizationId organization = tenants.organization("Secret Org");
        Line line = fixtures.line(organization, true);
        VisitorChat mine = fixtures.visitor(line);
        VisitorChat theirs = fixtures.visitor(line);
        visitors.post(mine.id(), mine.secret(), "Only for my peer");

        for (String wrong : new String[] {null, "", theirs.secret(), mine.secret() + "x"}) {
            assertThatThrownBy(() -> visitors.open(mine.id(), wrong)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> visitors.after(mine.id(), wrong, 0)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> visitors.post(mine.id(), wrong, "Let me in"))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> visitors.leave(mine.id(), wrong)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> visitors.listen(mine.id(), wrong, () -> {}))
                    .isInstanceOf(NotFound.class);
        }
        assertThat(visitors.after(mine.id(), mine.secret(), 0))
                .extracting(ChatMessage::body)
                .containsExactly("Only for my peer");
        assertThat(jdbc.sql("select count(*) from warmline.chat where secret_hash = :s")
                        .param("s", mine.secret())
                        .query(Integer.class)
                        .single())
                .as("the secret itself is never stored")
                .isZero();
    }

    @Test
    void onlyThePeerWhoTookAChatReadsIt() {
        OrganizationId organization = tenants.organization("Peer Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        StaffView colleague = tenants.person(organization, Role.PEER);
        StaffView stranger = tenants.person(tenants.organization("Stranger Org"), Role.PEER, Role.COORDINATOR);
        VisitorChat chat = fixtures.takenBy(peer);

        for (StaffView other : List.of(colleague, stranger)) {
            assertThatThrownBy(() -> TestTenants.as(other, () -> console.chat(chat.id())))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> TestTenants.as(other, () -> console.post(chat.id(), "Hello")))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> TestTenants.as(other, () -> console.end(chat.id())))
                    .isInstanceOf(NotFound.class);
        }
        assertThat(TestTenants.as(peer, () -> console.chat(chat.id())).status()).isEqualTo(ChatStatus.ACTIVE);
    }

    @Test
    void messagesHaveALengthLimitAndARateLimit() {
        Line line = fixtures.line(tenants.organization("Limits Org"), true);
        VisitorChat chat = fixtures.visitor(line);

        assertThatThrownBy(() -> visitors.post(chat.id(), chat.secret(), "   "))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("warmline.message.empty");
        assertThatThrownBy(() -> visitors.post(chat.id(), chat.secret(), "x".repeat(ChatMessage.MAX_LENGTH + 1)))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("warmline.message.tooLong");
        for (int i = 0; i < 5; i++) {
            visitors.post(chat.id(), chat.secret(), "Message " + i);
        }
        assertThatThrownBy(() -> visitors.post(chat.id(), chat.secret(), "One too many"))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("warmline.message.tooFast");
    }

    @Test
    void endingAChatForgetsItsWordsAndOpensADraftRecordThePeerFinishes() {
        OrganizationId organization = tenants.organization("Record Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        VisitorChat chat = fixtures.takenBy(peer);
        String words = "Something private " + System.nanoTime();
        visitors.post(chat.id(), chat.secret(), words);
        TestTenants.as(peer, () -> console.post(chat.id(), "I hear you."));

        ContactRecordId record = TestTenants.as(peer, () -> console.end(chat.id()));

        assertThat(jdbc.sql("select count(*) from warmline.chat_message where body = :b")
                        .param("b", words)
                        .query(Integer.class)
                        .single())
                .as("the default retention keeps nothing once the chat ends")
                .isZero();
        assertThat(visitors.open(chat.id(), chat.secret()).messages())
                .extracting(ChatMessage::sender, ChatMessage::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Sender.SYSTEM, "warmline.system.ended"));
        assertThatThrownBy(() -> visitors.post(chat.id(), chat.secret(), "Still there?"))
                .isInstanceOf(Rejected.class);

        ContactDetails details = new ContactDetails(
                Set.of(ContactDetails.Reason.LONELINESS, ContactDetails.Reason.HOUSING),
                Set.of(ContactDetails.Support.LISTENING),
                "Drop-in hours",
                false,
                null,
                ContactDetails.Answer.NO,
                2,
                4,
                ContactDetails.Diversion.NOTHING,
                null,
                ContactDetails.Answer.DECLINED,
                null,
                ContactDetails.AgeRange.DECLINED,
                "declined",
                null);
        ContactRecordView draft = TestTenants.as(peer, () -> records.save(record, details, false));
        assertThat(draft.finalised()).isFalse();
        assertThat(draft.details()).isEqualTo(details);
        assertThat(draft.channel()).isEqualTo(Channel.CHAT);
        assertThat(draft.answeredAt()).isNotNull();
        assertThat(TestTenants.as(peer, console::console).drafts())
                .extracting(ConsoleView.RecordToFinish::id)
                .contains(record);

        assertThat(TestTenants.as(peer, () -> records.save(record, details, true))
                        .finalised())
                .isTrue();
        assertThatThrownBy(() -> TestTenants.as(peer, () -> records.save(record, ContactDetails.empty(), false)))
                .isInstanceOf(Rejected.class);
        StaffView colleague = tenants.person(organization, Role.PEER);
        assertThatThrownBy(() -> TestTenants.as(colleague, () -> records.get(record)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aPeerLogsAPhoneCallOnlyOnTheirOwnOrganizationsLine() {
        OrganizationId organization = tenants.organization("Phone Org");
        Line line = fixtures.line(organization, true);
        Line elsewhere = fixtures.line(tenants.organization("Phone Elsewhere"), true);
        StaffView peer = tenants.person(organization, Role.PEER);

        ContactRecordId record = TestTenants.as(peer, () -> records.logPhoneCall(line.id()));

        assertThat(TestTenants.as(peer, () -> records.get(record)).channel()).isEqualTo(Channel.PHONE);
        assertThatThrownBy(() -> TestTenants.as(peer, () -> records.logPhoneCall(elsewhere.id())))
                .isInstanceOf(NotFound.class);
    }

    private int chatsOn(Line line) {
        return jdbc.sql("select count(*) from warmline.chat where line_id = :l")
                .param("l", line.id().value())
                .query(Integer.class)
                .single();
    }

    /** As if the chat had ended eleven minutes ago, so that a new one is a new contact. */
    private void longAgo(VisitorChat chat) {
        jdbc.sql("update warmline.chat set ended_at = ended_at - interval '11 minutes' where id = :id")
                .param("id", chat.id().value())
                .update();
    }
}
