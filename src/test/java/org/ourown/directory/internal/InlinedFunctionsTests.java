package org.ourown.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search statements write out SQL functions that PostgreSQL does not inline (earthdistance's ll_to_earth,
 * gc_to_sec and sec_to_gc, directory.unaccented, directory.name_words): each written-out expression gives exactly
 * what its function gives, compared in the database, value for value.
 */
@SpringBootTest
class InlinedFunctionsTests {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource({
        "44.09, -70.2",
        "0, 0",
        "90, 180",
        "-90, -180",
        "-33.8688, 151.2093",
        "64.8378, -147.7164",
        "18.4655, -66.1057",
        "37.77493, -122.41942"
    })
    void thePlaceIsLlToEarth(double lat, double lng) {
        boolean same = jdbc.sql("select " + SearchFilters.HERE + " = public.ll_to_earth(:lat, :lng)::public.cube")
                .param("lat", lat)
                .param("lng", lng)
                .query(Boolean.class)
                .single();
        assertThat(same).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-5, 0, 0.5, 1, 1609.344, 16093.44, 40_000, 402_336, 2.0e7, 2.1e7, 4.0e7})
    void theRadiusChordIsGcToSec(double meters) {
        Double written = jdbc.sql("select " + SearchFilters.RADIUS_CHORD)
                .param("radius", meters)
                .query(Double.class)
                .single();
        Double function = jdbc.sql("select public.gc_to_sec(:radius)")
                .param("radius", meters)
                .query(Double.class)
                .single();
        assertThat(written).isEqualTo(function);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 0, 0.25, 1, 1609.3, 39_999.7, 402_000, 1.2e7, 12_756_336, 1.3e7})
    void theMetersAreSecToGc(double chord) {
        boolean same = jdbc.sql("select " + SearchFilters.meters("c.chord") + " = public.sec_to_gc(c.chord)"
                        + " from (select cast(:chord as float8) as chord) c")
                .param("chord", chord)
                .query(Boolean.class)
                .single();
        assertThat(same).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Café Niño Drop-In",
                "ÀÉÎÕÜ peer RESPITE",
                "kestrelvale circle",
                "plain words",
                "Łódź Straße Ærøskøbing",
                "   "
            })
    void theTypedTextIsUnaccented(String typed) {
        boolean same = jdbc.sql("select t.plain = directory.unaccented(:q)"
                        + " and t.lower_case = directory.unaccented(lower(:q)) from (" + SearchSql.TYPED_TEXT + ") t")
                .param("q", typed)
                .query(Boolean.class)
                .single();
        assertThat(same).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kestrelvale circle",
                "circle kestrelvale circle",
                "warm-line / peer's   place",
                "niño 24 7 a1b2",
                "",
                "--",
                "ulven peer line 3"
            })
    void theNamesWordsAreNameWords(String text) {
        boolean same = jdbc.sql("select " + TypedSql.nameWords("x.t") + " = directory.name_words(x.t)"
                        + " from (select cast(:t as text) as t) x")
                .param("t", text)
                .query(Boolean.class)
                .single();
        assertThat(same).isTrue();
    }
}
