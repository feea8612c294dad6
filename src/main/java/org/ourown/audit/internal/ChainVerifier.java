package org.ourown.audit.internal;

import java.time.Instant;
import org.ourown.audit.ChainCheck;

/** Walks a chain in order; the first entry whose link or own hash is off is the first broken link. */
final class ChainVerifier {

    private String expectedPrevious = HashChain.GENESIS;
    private long count;
    private Long brokenSequence;
    private Instant brokenAt;

    void accept(long sequence, AuditEntry entry, String previousHash, String hash) {
        count++;
        if (brokenSequence == null
                && (!expectedPrevious.equals(previousHash)
                        || !entry.hash(previousHash).equals(hash))) {
            brokenSequence = sequence;
            brokenAt = entry.at();
        }
        expectedPrevious = hash;
    }

    ChainCheck result() {
        return new ChainCheck(count, brokenSequence, brokenAt);
    }
}
