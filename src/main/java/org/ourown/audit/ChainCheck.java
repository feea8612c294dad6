package org.ourown.audit;

import java.time.Instant;

/**
 * The result of re-computing an organization's chain.
 *
 * @param entries how many entries were checked
 * @param firstBrokenSequence the first entry whose hash or link does not match, or null when the chain is whole
 * @param firstBrokenAt when that entry says it was written
 */
public record ChainCheck(long entries, Long firstBrokenSequence, Instant firstBrokenAt) {

    public String brokenAtText() {
        return firstBrokenAt == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(firstBrokenAt);
    }

    public boolean intact() {
        return firstBrokenSequence == null;
    }
}
