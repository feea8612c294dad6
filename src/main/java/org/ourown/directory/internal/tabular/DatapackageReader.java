package org.ourown.directory.internal.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ourown.directory.ImportProblem;

/**
 * Reads the CSV files of an HSDS tabular datapackage (a zip) into rows keyed by column, checking each file's columns
 * and each value's type against the standard, and naming file, row and field for every problem. Row 1 is the header.
 */
public final class DatapackageReader {

    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    public DatapackageReader(byte[] zip) {
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replaceFirst("^.*/", "");
                byte[] content = in.readNBytes((int) Math.min(MAX_BYTES - total + 1, Integer.MAX_VALUE - 8));
                total += content.length;
                if (total > MAX_BYTES) {
                    problems.add(new ImportProblem(name, 0, "(file)", "the datapackage is larger than 50 MB"));
                    return;
                }
                if (entry.isDirectory() || name.equals("datapackage.json") || name.isEmpty()) {
                    continue;
                }
                var resource = TabularLayout.byPath(name);
                if (resource.isEmpty()) {
                    problems.add(new ImportProblem(name, 0, "(file)", "is not a file of an HSDS 3.1 datapackage"));
                    continue;
                }
                read(resource.get(), new String(content, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            problems.add(new ImportProblem("(upload)", 0, "(file)", "is not a readable zip file"));
        }
        if (tables.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem("(upload)", 0, "(file)", "holds no HSDS CSV files"));
        }
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public List<Map<String, String>> rows(String resource) {
        return tables.getOrDefault(resource, List.of());
    }

    private void read(TabularLayout.Resource resource, String text) {
        List<List<String>> records = Csv.parse(text);
        if (records.isEmpty()) {
            problems.add(new ImportProblem(resource.path(), 1, "(header)", "the file is empty; it needs a header row"));
            return;
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String column : header) {
            if (resource.column(column).isEmpty()) {
                problems.add(new ImportProblem(resource.path(), 1, column, "is not a column of " + resource.path()));
            }
        }
        for (String required : resource.required()) {
            if (!header.contains(required)) {
                problems.add(new ImportProblem(resource.path(), 1, required, "the required column is missing"));
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(new ImportProblem(
                        resource.path(),
                        i + 1,
                        "(row)",
                        "has " + record.size() + " fields; the header has " + header.size()));
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = record.get(c).strip();
                if (!value.isEmpty()) {
                    row.put(header.get(c), value);
                }
            }
            check(resource, row, i + 1);
            rows.add(row);
        }
        tables.put(resource.name(), rows);
    }

    private void check(TabularLayout.Resource resource, Map<String, String> row, int line) {
        for (String required : resource.required()) {
            if (!row.containsKey(required)) {
                problems.add(new ImportProblem(resource.path(), line, required, "is required"));
            }
        }
        row.forEach((name, value) -> resource.column(name).ifPresent(column -> {
            if ("uuid".equals(column.format()) && !isUuid(value)) {
                problems.add(new ImportProblem(resource.path(), line, name, "\"" + value + "\" is not a UUID"));
            } else if (column.numeric() && !value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                problems.add(new ImportProblem(resource.path(), line, name, "\"" + value + "\" is not a number"));
            }
        }));
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
