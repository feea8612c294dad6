package org.ourown.directory.internal.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CentroidFileTests {

    @Test
    void readsRowsAndGathersCitiesFromThem() {
        PlaceLookup places = read("""
                zip,lat,lng,city,state
                01001,42.0,-72.5,Agawam,MA
                01002,42.5,-72.0,Amherst,MA
                01003,43,-71,Amherst,MA
                01004,42.1234,-72.4321,,
                """);

        assertThat(places.size()).isEqualTo(4);
        assertThat(places.find("01004")).contains(new Place("01004", 42.1234, -72.4321));
        assertThat(places.find("Amherst, MA")).contains(new Place("Amherst, MA", 42.75, -71.5));
        assertThat(places.suggest("a", 5)).extracting(Place::label).containsExactly("Amherst, MA", "Agawam, MA");
    }

    @Test
    void refusesATableWithoutTheHeader() {
        assertThatThrownBy(() -> read("01001,42.0,-72.5,Agawam,MA\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("header");
    }

    @Test
    void refusesRowsThatAreNotZipCentroids() {
        assertThatThrownBy(() -> read(CentroidFile.HEADER + "\n1001,42.0,-72.5,Agawam,MA\n"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> read(CentroidFile.HEADER + "\n01001,42.0,Agawam,MA\n"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> read(CentroidFile.HEADER + "\n01001,north,-72.5,Agawam,MA\n"))
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> read(CentroidFile.HEADER + "\n01001,42.12345,-72.5,Agawam,MA\n"))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void refusesZipsOutOfOrder() {
        assertThatThrownBy(() -> read(CentroidFile.HEADER + "\n01002,42,-72,,\n01001,42,-72,,\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAFileThatIsNotGzipped() {
        InputStream plain = new ByteArrayInputStream(CentroidFile.HEADER.getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> CentroidFile.read(plain)).isInstanceOf(UncheckedIOException.class);
    }

    private static PlaceLookup read(String table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(table.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CentroidFile.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
