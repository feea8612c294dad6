package org.ourown.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements with words write out two SQL functions that PostgreSQL does not inline, directory.unaccented and
 * directory.name_words: each written-out expression gives exactly what its function gives, compared in the database.
 */
@SpringBootTest
class InlinedFunctionsTests {

    @Autowired
    JdbcClient jdbc;

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
