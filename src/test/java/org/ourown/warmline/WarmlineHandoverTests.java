package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Passing a chat to another peer or back to the queue: who may, who then reads it, and what the visitor sees. */
@SpringBootTest
class WarmlineHandoverTests {

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    VisitorChats visitors;

    @Autowired
    PeerConsole console;

    @Autowired
    ChatHandovers handovers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheHoldingPeerTransfersAndThenTheReceivingPeerAloneReadsAndWrites() {
        OrganizationId organization = tenants.organization("Transfer Org");
        StaffView first = tenants.person(organization, Role.PEER);
        StaffView second = tenants.person(organization, Role.PEER);
        StaffView bystander = tenants.person(organization, Role.PEER);
        VisitorChat chat = fixtures.takenBy(first);
        present(second, true, 1);

        assertThat(TestTenants.as(first, () -> handovers.handover(chat.id())).peers())
                .extracting(HandoverView.PeerChoice::id)
                .contains(second.id())
                .doesNotContain(first.id(), bystander.id());
        assertThatThrownBy(() -> as(bystander, () -> handovers.transfer(chat.id(), second.id(), "mine now")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(first, () -> handovers.transfer(chat.id(), bystander.id(), "away peer")))
                .as("a peer who is away cannot be given a chat")
                .isInstanceOf(Rejected.class);

        as(first, () -> handovers.transfer(chat.id(), second.id(), "Wants to talk about their sister"));

        assertThat(TestTenants.as(second, () -> handovers.handover(chat.id())).note())
                .isEqualTo("Wants to talk about their sister");
        TestTenants.as(second, () -> console.post(chat.id(), "Hello, I am here now"));
        assertThat(TestTenants.as(second, () -> console.chat(chat.id())).messages())
                .extracting(ChatMessage::body)
                .contains("warmline.system.passedOn", "Hello, I am here now");
        assertThatThrownBy(() -> TestTenants.as(first, () -> console.post(chat.id(), "Still me")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> TestTenants.as(first, () -> console.chat(chat.id())))
                .isInstanceOf(NotFound.class);
        assertThat(visitors.after(chat.id(), chat.secret(), 0))
                .extracting(ChatMessage::body)
                .contains("warmline.system.passedOn");
        present(first, false, 1);
        assertThatThrownBy(() -> as(second, () -> handovers.transfer(chat.id(), first.id(), "")))
                .as("the first peer has no room: they are away")
                .isInstanceOf(Rejected.class);

        ContactRecordId record = TestTenants.as(second, () -> console.end(chat.id()));
        assertThat(column("select transfers from warmline.contact_record where id = :id", record.value()))
                .isEqualTo("1");
        assertThat(column(
                        "select coalesce(handover_note, '-') from warmline.chat where id = :id",
                        chat.id().value()))
                .as("the note goes when the chat ends")
                .isEqualTo("-");
    }

    @Test
    void backToTheQueueTheVisitorKeepsTheirFirstPlace() {
        OrganizationId organization = tenants.organization("Requeue Org");
        StaffView first = tenants.person(organization, Role.PEER);
        StaffView second = tenants.person(organization, Role.PEER);
        VisitorChat chat = fixtures.takenBy(first);
        Line line = fixtures.line(organization, true);
        VisitorChat later = fixtures.visitor(line);
        java.time.Instant firstAnswered =
                TestTenants.as(first, () -> console.chat(chat.id())).answeredAt();

        assertThatThrownBy(() -> as(second, () -> handovers.backToQueue(chat.id(), "")))
                .isInstanceOf(NotFound.class);
        as(first, () -> handovers.backToQueue(chat.id(), "Needs someone who knows housing"));

        assertThat(visitors.state(chat.id(), chat.secret()).queuePosition()).isEqualTo(1);
        assertThat(visitors.state(later.id(), later.secret()).queuePosition()).isEqualTo(2);
        assertThatThrownBy(() -> TestTenants.as(first, () -> console.chat(chat.id())))
                .isInstanceOf(NotFound.class);

        present(second, true, 2);
        assertThat(TestTenants.as(second, console::takeNext)).contains(chat.id());
        assertThat(TestTenants.as(second, () -> console.chat(chat.id())).answeredAt())
                .as("the wait ended when the first peer answered, not when the second did")
                .isEqualTo(firstAnswered);
        HandoverView view = TestTenants.as(second, () -> handovers.handover(chat.id()));
        assertThat(view.note()).isEqualTo("Needs someone who knows housing");
        assertThat(view.recognised()).isFalse();
        assertThat(TestTenants.as(second, () -> console.chat(chat.id())).messages())
                .extracting(ChatMessage::body)
                .containsSubsequence("warmline.system.passedOn", "warmline.system.joined");
    }

    @Test
    void aLongNoteIsRefusedAndNothingChanges() {
        OrganizationId organization = tenants.organization("Long Note Org");
        StaffView first = tenants.person(organization, Role.PEER);
        VisitorChat chat = fixtures.takenBy(first);

        assertThatThrownBy(() -> as(first, () -> handovers.backToQueue(chat.id(), "x".repeat(501))))
                .isInstanceOf(Rejected.class);
        assertThat(TestTenants.as(first, () -> console.chat(chat.id())).status())
                .isEqualTo(ChatStatus.ACTIVE);
    }

    private void present(StaffView peer, boolean available, int capacity) {
        as(peer, () -> console.presence(available, capacity));
    }

    private static void as(StaffView person, Runnable work) {
        TestTenants.as(person, () -> {
            work.run();
            return null;
        });
    }

    private String column(String sql, Object id) {
        List<String> values =
                jdbc.sql(sql).param("id", id).query((rs, n) -> rs.getString(1)).list();
        return values.get(0);
    }
}
