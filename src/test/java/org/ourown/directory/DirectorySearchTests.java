package org.ourown.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Search on the demo directory: words, typos, kinds, places, times, languages, peer-run status. */
@SpringBootTest
class DirectorySearchTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Near ITHACA = new Near(42.4430, -76.5010, 10, "Ithaca, NY");

    @Autowired
    Directory directory;

    private List<SearchHit> find(String text, ServiceKind kind, Near near) {
        return directory
                .search(new SearchQuery(text, kind, near, null, null, null, null, false, 1, 50))
                .items();
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::name).toList();
    }

    @Test
    void wordsFindServicesByNameFirst() {
        List<SearchHit> hits = find("warm line", null, null);
        assertThat(hits).isNotEmpty();
        assertThat(hits.subList(0, 3)).allSatisfy(hit -> assertThat(hit.kinds()).contains(ServiceKind.WARM_LINE));
    }

    @Test
    void typosStillFindTheService() {
        assertThat(names(find("respiet", null, null))).anyMatch(name -> name.contains("Respite"));
        assertThat(names(find("Mohawk Valey Drop-In", null, null))).contains("Mohawk Valley Drop-In");
    }

    @Test
    void accentsAndSpanishWordsWork() {
        assertThat(names(find("linea calida", null, null))).contains("Línea Cálida en Español");
        assertThat(names(find("apoyo", null, null))).contains("Grupo de Apoyo Mutuo");
    }

    @Test
    void kindAndPlaceCombineAndCloserComesFirst() {
        List<SearchHit> hits = find(null, ServiceKind.MUTUAL_SUPPORT_GROUP, ITHACA);
        assertThat(hits).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.kinds()).contains(ServiceKind.MUTUAL_SUPPORT_GROUP);
            assertThat(hit.miles()).isLessThanOrEqualTo(10.0);
            assertThat(hit.city()).isEqualTo("Ithaca");
        });
        assertThat(hits).extracting(SearchHit::miles).isSorted();
        assertThat(find(null, null, ITHACA)).noneMatch(hit -> "Albany".equals(hit.city()));
    }

    @Test
    void openAtAChosenTimeUsesEachProgramsHours() {
        ZonedDateTime tuesdayEvening = ZonedDateTime.now(NEW_YORK)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .with(LocalTime.of(18, 45));
        List<SearchHit> open = directory
                .search(new SearchQuery(null, null, null, tuesdayEvening.toInstant(), null, null, null, false, 1, 100))
                .items();
        assertThat(names(open))
                .contains("Tuesday Hearing Voices Group", "Maple House Peer Respite")
                .doesNotContain("Riverside Drop-In Center", "First Saturday Family Circle");
        ZonedDateTime sundayNight =
                tuesdayEvening.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).with(LocalTime.of(1, 30));
        List<SearchHit> night = directory
                .search(new SearchQuery(null, null, null, sundayNight.toInstant(), null, null, null, false, 1, 100))
                .items();
        assertThat(names(night))
                .contains("Maple House Peer Respite", "Harbor Light Warm Line")
                .doesNotContain("Tuesday Hearing Voices Group");
    }

    @Test
    void languageAndPeerRunFiltersNarrowResults() {
        List<SearchHit> spanish = directory
                .search(new SearchQuery(null, null, null, null, null, "es", null, false, 1, 100))
                .items();
        assertThat(names(spanish)).contains("Línea Cálida en Español").doesNotContain("Tuesday Hearing Voices Group");
        List<SearchHit> peerRun = directory
                .search(new SearchQuery(null, null, null, null, null, null, null, true, 1, 100))
                .items();
        assertThat(peerRun)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.peerStatus()).isEqualTo(PeerRunStatus.PEER_RUN));
        // A hybrid's drop-in is not peer-run; its peer-governed respite is.
        assertThat(names(peerRun)).contains("Hudson Peer Respite").doesNotContain("Capital Clubhouse Drop-In");
    }

    @Test
    void inPersonAndOnlineAreTold() {
        List<SearchHit> online = directory
                .search(new SearchQuery(null, null, null, null, "online", null, null, false, 1, 100))
                .items();
        assertThat(names(online)).contains("Harbor Light Warm Line").doesNotContain("Mohawk Valley Drop-In");
        List<SearchHit> inPerson = directory
                .search(new SearchQuery(null, null, null, null, "in-person", null, null, false, 1, 100))
                .items();
        assertThat(inPerson).allSatisfy(hit -> assertThat(hit.inPerson()).isTrue());
    }

    @Test
    void accessibilityFilterFindsListedFeatures() {
        List<SearchHit> hits = directory
                .search(new SearchQuery(null, null, null, null, null, null, "accessible-restroom", false, 1, 100))
                .items();
        assertThat(names(hits)).containsExactlyInAnyOrder("Maple House Peer Respite", "Capital Clubhouse Drop-In");
    }

    @Test
    void theDemoIsARealisticDirectory() {
        var all = directory.search(SearchQuery.everything(1, 200));
        assertThat(all.total()).isGreaterThanOrEqualTo(40);
        assertThat(all.items().stream()
                        .flatMap(hit -> hit.kinds().stream())
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(6);
        assertThat(all.items().stream()
                        .map(SearchHit::city)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aServiceListingCarriesItsHoursStatusAndBadge() {
        SearchHit respite = find("Maple House Peer Respite", null, null).get(0);
        ServiceListing listing = directory.service(respite.serviceId()).orElseThrow();
        assertThat(listing.open().alwaysOpen()).isTrue();
        assertThat(listing.capacity().maximum()).isEqualTo(4);
        assertThat(listing.organization().status()).isEqualTo(PeerRunStatus.PEER_RUN);
        assertThat(listing.places())
                .anySatisfy(place -> assertThat(place.accessibility()).contains("wheelchair"));
    }
}
