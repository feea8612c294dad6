package org.ourown.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.audit.ChainCheck;

class ChainVerifierTests {

    record Stored(long seq, AuditEntry entry, String previous, String hash) {}

    private static List<Stored> chain(int length) {
        List<Stored> stored = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry entry = entry("record-" + i);
            String hash = entry.hash(previous);
            stored.add(new Stored(i, entry, previous, hash));
            previous = hash;
        }
        return stored;
    }

    private static AuditEntry entry(String recordId) {
        return new AuditEntry(
                UUID.randomUUID(),
                Instant.parse("2026-05-03T10:15:30.123456Z"),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Sam",
                "PEER",
                "READ",
                "member-notes",
                recordId,
                UUID.randomUUID(),
                "one-to-one support",
                "127.0.0.1");
    }

    private static ChainCheck verify(List<Stored> stored) {
        ChainVerifier verifier = new ChainVerifier();
        stored.forEach(s -> verifier.accept(s.seq(), s.entry(), s.previous(), s.hash()));
        return verifier.result();
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainCheck check = verify(chain(5));
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isEqualTo(5);
    }

    @Test
    void aChangedFieldBreaksThatEntry() {
        List<Stored> stored = chain(5);
        Stored third = stored.get(2);
        AuditEntry e = third.entry();
        AuditEntry changed = new AuditEntry(
                e.id(),
                e.at(),
                e.organizationId(),
                e.actorId(),
                "Someone else",
                e.actorRoles(),
                e.action(),
                e.recordType(),
                e.recordId(),
                e.personId(),
                e.purpose(),
                e.clientAddress());
        stored.set(2, new Stored(3, changed, third.previous(), third.hash()));
        assertThat(verify(stored).firstBrokenSequence()).isEqualTo(3L);
    }

    @Test
    void aRemovedEntryBreaksTheNextOne() {
        List<Stored> stored = chain(5);
        stored.remove(1);
        assertThat(verify(stored).firstBrokenSequence()).isEqualTo(3L);
    }

    @Test
    void aRewrittenChainStillFailsAtTheFirstRewrite() {
        List<Stored> stored = chain(4);
        Stored second = stored.get(1);
        stored.set(1, new Stored(2, second.entry(), second.previous(), "f".repeat(64)));
        assertThat(verify(stored).firstBrokenSequence()).isEqualTo(2L);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(HashChain.link(HashChain.GENESIS, "ab", "c"))
                .isNotEqualTo(HashChain.link(HashChain.GENESIS, "a", "bc"));
        assertThat(HashChain.link(HashChain.GENESIS, (Object) null))
                .isNotEqualTo(HashChain.link(HashChain.GENESIS, ""));
    }
}
