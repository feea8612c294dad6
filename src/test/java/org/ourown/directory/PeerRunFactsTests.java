package org.ourown.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerRunFactsTests {

    @Test
    void aPeerMajorityEverywhereAndAPeerDirectorIsPeerRun() {
        assertThat(new PeerRunFacts(51, true, 51, 51, false).status()).isEqualTo(PeerRunStatus.PEER_RUN);
    }

    @Test
    void fiftyPercentIsNotAMajority() {
        assertThat(new PeerRunFacts(50, true, 90, 90, false).status()).isEqualTo(PeerRunStatus.PEER_OPERATED);
        assertThat(new PeerRunFacts(90, true, 50, 90, false).status()).isEqualTo(PeerRunStatus.PEER_SERVICES);
    }

    @Test
    void attachedToAProviderIsPeerOperatedEvenWithAPeerBoard() {
        assertThat(new PeerRunFacts(100, true, 100, 100, true).status()).isEqualTo(PeerRunStatus.PEER_OPERATED);
    }

    @Test
    void aDirectorWhoIsNotAPeerMeansPeerServices() {
        assertThat(new PeerRunFacts(100, false, 100, 100, false).status()).isEqualTo(PeerRunStatus.PEER_SERVICES);
    }

    @Test
    void withoutTheDecidingFactsWeDoNotGuess() {
        assertThat(new PeerRunFacts(null, null, null, null, false).status()).isEqualTo(PeerRunStatus.UNKNOWN);
        assertThat(new PeerRunFacts(80, true, null, null, false).status()).isEqualTo(PeerRunStatus.UNKNOWN);
        assertThat(new PeerRunFacts(null, true, 80, null, false).status()).isEqualTo(PeerRunStatus.PEER_OPERATED);
    }

    @Test
    void volunteersCountWhenThereAreAny() {
        assertThat(new PeerRunFacts(60, true, 60, 40, false).status()).isEqualTo(PeerRunStatus.PEER_SERVICES);
        assertThat(new PeerRunFacts(60, true, 60, null, false).status()).isEqualTo(PeerRunStatus.PEER_RUN);
    }

    @Test
    void aRespiteIsPeerRunWithAllPeerStaffAndPeerGovernance() {
        PeerRunFacts governed = new PeerRunFacts(30, true, 100, null, true, true);
        assertThat(governed.status()).isEqualTo(PeerRunStatus.PEER_OPERATED);
        assertThat(governed.respiteStatus()).isEqualTo(PeerRunStatus.PEER_RUN);
        assertThat(new PeerRunFacts(30, true, 100, null, true, false).respiteStatus())
                .isEqualTo(PeerRunStatus.PEER_OPERATED);
        assertThat(new PeerRunFacts(30, true, 90, null, true, true).respiteStatus())
                .isEqualTo(PeerRunStatus.PEER_OPERATED);
    }

    @Test
    void theBadgeExplainsItselfWithTheDeclaredFacts() {
        assertThat(new PeerRunFacts(80, true, 90, null, false).reasons())
                .extracting(PeerRunFacts.Reason::messageKey)
                .containsExactly("peer.reason.board", "peer.reason.directorPeer", "peer.reason.staff");
    }
}
