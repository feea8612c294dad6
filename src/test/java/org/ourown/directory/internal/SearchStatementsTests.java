package org.ourown.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ourown.directory.Near;
import org.ourown.directory.SearchQuery;
import org.ourown.directory.ServiceKind;

/** A search's statements are built once a shape, and each search gives its own values in their order. */
class SearchStatementsTests {

    private static SearchQuery query(String text, Near near, ServiceKind kind, int page) {
        return new SearchQuery(text, kind, near, null, null, null, null, false, page, 20);
    }

    private static Near near(double latitude) {
        return new Near(latitude, -71.06, 10, "Boston");
    }

    @Test
    void searchesOfOneShapeShareTheirStatements() {
        SearchSql respite = new SearchSql(query("respite", near(42.36), null, 1), true);
        SearchSql warm = new SearchSql(query("warm", near(40.71), null, 1), true);
        assertThat(warm.hsds()).isSameAs(respite.hsds());
        assertThat(warm.sql).isSameAs(respite.sql);
        assertThat(respite.hsds().jdbc()).doesNotContain(":q", ":lat").contains("?");
    }

    @Test
    void anotherPageKindOrFilterIsAnotherShape() {
        SearchSql first = new SearchSql(query("respite", null, null, 1), true);
        assertThat(new SearchSql(query("respite", null, null, 2), true).hsds()).isNotSameAs(first.hsds());
        assertThat(new SearchSql(query("respite", null, ServiceKind.values()[0], 1), true).hsds())
                .isNotSameAs(first.hsds());
        assertThat(new SearchSql(query("respite", near(42.36), null, 1), true).hsds())
                .isNotSameAs(first.hsds());
        assertThat(new SearchSql(query("respite", null, null, 1), false).sql).isNotSameAs(first.sql);
        SearchSql open = new SearchSql(
                new SearchQuery("respite", null, null, Instant.now(), null, null, null, false, 1, 20), true);
        assertThat(open.hsds()).isNotSameAs(first.hsds());
    }

    @Test
    void oneWordAndSeveralWordsAreDifferentShapes() {
        SearchSql one = new SearchSql(query("respite", null, null, 1), true);
        SearchSql two = new SearchSql(query("peer respite", null, null, 1), true);
        assertThat(one.oneWordHsds()).isNotNull();
        assertThat(two.oneWordHsds()).isNull();
        assertThat(two.hsds()).isNotSameAs(one.hsds());
    }

    @Test
    void eachSearchGivesItsOwnValuesInTheirPlaces() {
        SearchSql boston = new SearchSql(query("respite", near(42.36), null, 1), true);
        SearchSql newYork = new SearchSql(query("warm line", near(40.71), null, 1), true);
        Object[] values = newYork.values(newYork.hsds());
        long placeholders = newYork.hsds().jdbc().chars().filter(c -> c == '?').count();
        assertThat(values)
                .hasSize((int) placeholders)
                .contains("warm line", 40.71)
                .doesNotContain("respite", 42.36);
        // the typed text comes first: the statement begins with it (SearchSql.TYPED_TEXT)
        assertThat(values[0]).isEqualTo("warm line");
        assertThat(boston.values(boston.hsds())).contains("respite", 42.36);
    }
}
