package org.ourown.directory.internal;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads rows as HSDS objects: column names are HSDS field names; nulls and our own columns are left out. */
final class HsdsRows {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private HsdsRows() {}

    static List<Map<String, Object>> list(JdbcClient jdbc, String sql, Map<String, ?> params, Set<String> skip) {
        return jdbc.sql(sql).params(params).query().listOfRows().stream()
                .map(row -> clean(row, skip))
                .toList();
    }

    static Map<String, Object> clean(Map<String, Object> row, Set<String> skip) {
        Map<String, Object> object = new LinkedHashMap<>();
        row.forEach((key, value) -> {
            if (value != null && !skip.contains(key)) {
                object.put(key, json(value));
            }
        });
        return object;
    }

    /**
     * Shapes a phone row as HSDS wants it: the extension a number (left out when it is not one) and the stored
     * language codes as language objects.
     */
    static void phone(Map<String, Object> phone) {
        Object extension = phone.remove("extension");
        if (extension != null && extension.toString().matches("\\d{1,9}")) {
            phone.put("extension", Long.parseLong(extension.toString()));
        }
        List<Map<String, Object>> languages = new java.util.ArrayList<>();
        String codes = (String) phone.remove("languages");
        for (String code : codes == null ? new String[0] : codes.split(",")) {
            if (!code.isBlank()) {
                languages.add(Map.of(
                        "id",
                        java.util
                                .UUID
                                .nameUUIDFromBytes((phone.get("id") + code).getBytes())
                                .toString(),
                        "phone_id",
                        phone.get("id"),
                        "code",
                        code));
            }
        }
        phone.put("languages", languages);
    }

    static Object json(Object value) {
        if (value instanceof java.util.UUID id) {
            return id.toString();
        }
        if (value instanceof Timestamp timestamp) {
            return MILLIS.format(timestamp.toInstant().atOffset(ZoneOffset.UTC));
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Time time) {
            return time.toLocalTime().toString();
        }
        return value;
    }
}
