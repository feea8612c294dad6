package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.WarmlineCallbackFixtures.Asked;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.ourown.warmline.internal.CallbackPurge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Check-in callbacks through the facade: who may ask, the peers' list, the number erased, the purge. */
@SpringBootTest
class WarmlineCallbacksTests {

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    WarmlineCallbackFixtures callbackFixtures;

    @Autowired
    CheckInCallbacks callbacks;

    @Autowired
    VisitorChats visitors;

    @Autowired
    PeerConsole console;

    @Autowired
    CallbackPurge purge;

    @Autowired
    JdbcClient jdbc;

    static String phone() {
        return "+1 (555) " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    @Test
    void loggingTheOutcomeErasesTheNumberFromEveryColumnOfTheWarmLineSchema() {
        OrganizationId organization = tenants.organization("Callback Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        StaffView other = tenants.person(organization, Role.PEER);
        Asked asked = callbackFixtures.askedOf(peer, phone());
        assertThat(callbackFixtures.placesHolding(asked.phone())).containsExactly("warmline.callback.phone");

        CallbackList list = TestTenants.as(other, callbacks::open);
        assertThat(list.upcoming())
                .as("any peer of the organization sees it")
                .extracting(CallbackList.Callback::phone)
                .containsExactly(asked.phone());
        assertThat(readsOf(asked.id())).isOne();

        TestTenants.as(other, () -> {
            callbacks.complete(asked.id(), CallbackOutcome.NO_ANSWER);
            return null;
        });

        assertThat(callbackFixtures.placesHolding(asked.phone())).isEmpty();
        assertThat(jdbc.sql("select status || ' ' || outcome || ' ' || (done_by = :p) from warmline.callback"
                                + " where id = :id")
                        .param("p", other.id().value())
                        .param("id", asked.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("DONE NO_ANSWER true");
        assertThat(TestTenants.as(other, callbacks::open).upcoming()).isEmpty();
        assertThatThrownBy(() -> TestTenants.as(other, () -> {
                    callbacks.complete(asked.id(), CallbackOutcome.REACHED);
                    return null;
                }))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("warmline.callback.alreadyDone");
    }

    @Test
    void callbacksAreDueOverdueOrUpcomingByTheirWindowAndOnlyTheirOrganizationSeesThem() {
        OrganizationId organization = tenants.organization("Due Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        Asked due = callbackFixtures.askedOf(peer, phone());
        Asked overdue = callbackFixtures.askedOf(peer, phone());
        Asked upcoming = callbackFixtures.askedOf(peer, phone());
        callbackFixtures.window(due.id(), -1, 1);
        callbackFixtures.window(overdue.id(), -3, -2);

        CallbackList list = TestTenants.as(peer, callbacks::open);
        assertThat(list.due()).extracting(CallbackList.Callback::id).containsExactly(due.id());
        assertThat(list.overdue()).extracting(CallbackList.Callback::id).containsExactly(overdue.id());
        assertThat(list.upcoming()).extracting(CallbackList.Callback::id).containsExactly(upcoming.id());

        StaffView stranger = tenants.person(tenants.organization("Other Due Org"), Role.PEER);
        CallbackList theirs = TestTenants.as(stranger, callbacks::open);
        assertThat(theirs.due()).isEmpty();
        assertThat(theirs.upcoming()).isEmpty();
        assertThatThrownBy(() -> TestTenants.as(stranger, () -> {
                    callbacks.complete(due.id(), CallbackOutcome.REACHED);
                    return null;
                }))
                .isInstanceOf(NotFound.class);
        assertThat(callbackFixtures.placesHolding(due.phone())).isNotEmpty();
    }

    @Test
    void badRequestsAreRefusedAndNothingIsSaved() {
        OrganizationId organization = tenants.organization("Bad Callback Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        VisitorChat chat = fixtures.takenBy(peer);
        LocalDate today = LocalDate.now(WarmlineCallbackFixtures.ZONE);

        assertRejected(chat, new CallbackRequest("555 0100 22", today.plusDays(1), at(10), at(12), false), "consent");
        assertRejected(chat, new CallbackRequest("555 01", today.plusDays(1), at(10), at(12), true), "phone");
        assertRejected(chat, new CallbackRequest("555 0100 22", today.minusDays(1), at(10), at(12), true), "date");
        assertRejected(chat, new CallbackRequest("555 0100 22", today.plusDays(20), at(10), at(12), true), "date");
        assertRejected(chat, new CallbackRequest("555 0100 22", today.plusDays(1), at(12), at(10), true), "to");
        assertThatThrownBy(() -> callbacks.request(chat.id(), "guessed", WarmlineCallbackFixtures.tomorrow(phone())))
                .isInstanceOf(NotFound.class);

        VisitorChat waiting = fixtures.visitor(fixtures.line(organization, true));
        assertThat(callbacks.offer(waiting.id(), waiting.secret()).open()).isFalse();
        assertRejected(waiting, WarmlineCallbackFixtures.tomorrow(phone()), "phone");

        assertThat(jdbc.sql("select count(*) from warmline.callback where organization_id = :o")
                        .param("o", organization.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(callbacks.offer(chat.id(), chat.secret()).open()).isTrue();
    }

    @Test
    void thePurgeErasesNumbersNobodyCalledSevenDaysAfterTheirWindow() {
        OrganizationId organization = tenants.organization("Purge Callback Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        Asked old = callbackFixtures.askedOf(peer, phone());
        Asked recent = callbackFixtures.askedOf(peer, phone());
        callbackFixtures.window(old.id(), -8 * 24 - 2, -8 * 24);
        callbackFixtures.window(recent.id(), -6 * 24 - 2, -6 * 24);

        assertThat(purge.purge()).isPositive();

        assertThat(callbackFixtures.placesHolding(old.phone())).isEmpty();
        assertThat(callbackFixtures.placesHolding(recent.phone())).containsExactly("warmline.callback.phone");
        assertThat(TestTenants.as(peer, callbacks::open).overdue())
                .extracting(CallbackList.Callback::id)
                .containsExactly(recent.id());
    }

    private void assertRejected(VisitorChat chat, CallbackRequest request, String field) {
        assertThatThrownBy(() -> callbacks.request(chat.id(), chat.secret(), request))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).field())
                .isEqualTo(field);
    }

    private static LocalTime at(int hour) {
        return LocalTime.of(hour, 0);
    }

    private long readsOf(CallbackId id) {
        return jdbc.sql("select count(*) from audit.entry where record_type = 'warmline-callback'"
                        + " and record_id = :id and action = 'READ'")
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}
