package org.ourown.directory.internal.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The CSV files of an HSDS 3.1 tabular datapackage and their columns, in the standard's order. */
public final class TabularLayout {

    public record Column(String name, String type, String format) {

        public boolean numeric() {
            return "number".equals(type);
        }
    }

    public record Resource(String name, String path, List<String> required, List<Column> columns) {

        public List<String> header() {
            return columns.stream().map(Column::name).toList();
        }

        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    private static final List<Resource> RESOURCES = read();

    private TabularLayout() {}

    public static List<Resource> resources() {
        return RESOURCES;
    }

    public static Optional<Resource> byPath(String path) {
        return RESOURCES.stream().filter(r -> r.path().equals(path)).findFirst();
    }

    public static Resource byName(String name) {
        return RESOURCES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Resource> read() {
        try (InputStream in = TabularLayout.class.getResourceAsStream("/directory/hsds-tabular-layout.txt")) {
            List<Resource> resources = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split(" ");
                List<Column> columns = new ArrayList<>();
                for (String column : parts[3].split(";")) {
                    String[] bits = column.split(":");
                    columns.add(new Column(bits[0], bits[1], bits.length > 2 ? bits[2] : null));
                }
                resources.add(new Resource(
                        parts[0],
                        parts[1],
                        parts[2].equals("-") ? List.of() : List.of(parts[2].split(",")),
                        List.copyOf(columns)));
            }
            return List.copyOf(resources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
