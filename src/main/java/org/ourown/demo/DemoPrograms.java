package org.ourown.demo;

import java.util.List;

/**
 * The demo directory's programs: fictional organizations in real towns (so that ZIP and city search work), with
 * real-looking hours. Phone numbers use 555-01xx, which is reserved for fiction.
 */
final class DemoPrograms {

    private DemoPrograms() {}

    record Town(String city, String zip, double latitude, double longitude, String street) {}

    /** {@code tenant} names the demo organization (by slug) that maintains it, or null. */
    record Org(
            String key,
            String name,
            Town town,
            String tenant,
            int boardPeers,
            boolean peerDirector,
            int staffPeers,
            boolean attached,
            String description) {}

    /**
     * @param hours "WEEKLY MO,TU 09:00-17:00" lines separated by ";"; "24h" for all day every day; "1SA" style monthly
     * @param online a virtual location (video meeting) instead of, or beside, the physical one
     */
    record Program(
            String org,
            String kind,
            String name,
            String description,
            String hours,
            String languages,
            boolean inPerson,
            boolean online,
            Integer beds,
            String access) {}

    static final Town ITHACA = new Town("Ithaca", "14850", 42.4430, -76.5010, "Cayuga Street");
    static final Town SYRACUSE = new Town("Syracuse", "13202", 43.0440, -76.1500, "Salina Street");
    static final Town ROCHESTER = new Town("Rochester", "14604", 43.1570, -77.6050, "East Avenue");
    static final Town BINGHAMTON = new Town("Binghamton", "13901", 42.1000, -75.9130, "Court Street");
    static final Town ALBANY = new Town("Albany", "12207", 42.6510, -73.7540, "State Street");
    static final Town UTICA = new Town("Utica", "13501", 43.1000, -75.2300, "Genesee Street");

    static final List<Org> ORGS = List.of(
            new Org(
                    "riverside",
                    "Riverside Peer Center",
                    ITHACA,
                    "riverside",
                    80,
                    true,
                    90,
                    false,
                    "A peer-run community center by the inlet: drop-in, groups, wellness classes and a warm line."),
            new Org(
                    "harbor",
                    "Harbor Light Warm Line",
                    SYRACUSE,
                    "harbor-light",
                    67,
                    true,
                    100,
                    false,
                    "A statewide peer warm line, answered by people who have been there too."),
            new Org(
                    "maple",
                    "Maple House Peer Respite",
                    BINGHAMTON,
                    "maple-house",
                    60,
                    true,
                    100,
                    false,
                    "A four-bedroom house where guests stay a few nights, by choice, instead of a hospital."),
            new Org(
                    "lakeview",
                    "Lakeview Recovery Collective",
                    ROCHESTER,
                    null,
                    55,
                    true,
                    75,
                    false,
                    "Peers supporting peers in the Rochester area since 2009."),
            new Org(
                    "capital",
                    "Capital Region Peer Alliance",
                    ALBANY,
                    null,
                    40,
                    true,
                    100,
                    true,
                    "Peer-operated within the Capital Region Behavioral Health network; its respite has a peer board."),
            new Org(
                    "mohawk",
                    "Mohawk Valley Mutual Aid",
                    UTICA,
                    null,
                    70,
                    true,
                    85,
                    false,
                    "Self-help groups, a drop-in space and housing support run by and for peers."),
            new Org(
                    "finger",
                    "Finger Lakes Peer Training Institute",
                    ITHACA,
                    null,
                    75,
                    true,
                    60,
                    false,
                    "Peer specialist courses and continuing education for the region."),
            new Org(
                    "saltcity",
                    "Salt City Advocacy Project",
                    SYRACUSE,
                    null,
                    100,
                    true,
                    100,
                    false,
                    "Self-advocacy and systems change, led by people with lived experience."));

    /** Read from {@code demo/programs.txt}: one program a line, fields separated by "|". */
    static final List<Program> PROGRAMS = read();

    private static List<Program> read() {
        try (var in = DemoPrograms.class.getResourceAsStream("/demo/programs.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> {
                        String[] f = line.split("\\|", -1);
                        return new Program(
                                f[0],
                                f[1],
                                f[2],
                                f[3],
                                f[4],
                                f[5],
                                Boolean.parseBoolean(f[6]),
                                Boolean.parseBoolean(f[7]),
                                f[8].isEmpty() ? null : Integer.valueOf(f[8]),
                                f[9].isEmpty() ? null : f[9]);
                    })
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
