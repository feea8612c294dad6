package org.ourown.directory.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourown.directory.ImportProblem;

/** Typed reading of one imported record; every wrong value becomes a problem naming file, row and field. */
final class Fields {

    private final String file;
    private final int row;
    private final String path;
    private final Map<String, Object> values;
    private final List<ImportProblem> problems;

    Fields(String file, int row, String path, Map<String, Object> values, List<ImportProblem> problems) {
        this.file = file;
        this.row = row;
        this.path = path;
        this.values = values;
        this.problems = problems;
    }

    java.util.Set<String> keys() {
        return values.keySet();
    }

    boolean has(String name) {
        Object value = values.get(name);
        return value != null && !(value instanceof String text && text.isBlank());
    }

    String text(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof Map || value instanceof List) {
            if (value != null) {
                problem(name, "should be text");
            }
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    String required(String name) {
        String text = text(name);
        if (text == null) {
            problem(name, "is required");
        }
        return text;
    }

    UUID id(String name) {
        String text = required(name);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problem(name, "\"" + text + "\" is not a UUID");
            return null;
        }
    }

    UUID optionalId(String name) {
        return has(name) ? id(name) : null;
    }

    Double number(String name, double min, double max) {
        Object value = values.get(name);
        if (value == null || (value instanceof String text && text.isBlank())) {
            return null;
        }
        try {
            double number = value instanceof Number n
                    ? n.doubleValue()
                    : Double.parseDouble(value.toString().strip());
            if (number < min || number > max || Double.isNaN(number)) {
                problem(name, number + " is outside " + min + " to " + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(name, "\"" + value + "\" is not a number");
            return null;
        }
    }

    Integer integer(String name, int min, int max) {
        Double number = number(name, min, max);
        if (number != null && number != Math.rint(number)) {
            problem(name, number + " is not a whole number");
            return null;
        }
        return number == null ? null : number.intValue();
    }

    LocalDate date(String name) {
        String text = text(name);
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problem(name, "\"" + text + "\" is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    OffsetDateTime dateTime(String name) {
        String text = text(name);
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problem(name, "\"" + text + "\" is not a date and time (ISO 8601 with offset)");
            return null;
        }
    }

    String oneOf(String name, List<String> allowed, String fallback) {
        String text = text(name);
        if (text == null) {
            return fallback;
        }
        if (!allowed.contains(text)) {
            problem(name, "\"" + text + "\" is not one of " + String.join(", ", allowed));
            return fallback;
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    List<Fields> list(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problem(name, "should be a list");
            return List.of();
        }
        java.util.ArrayList<Fields> children = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> map) {
                children.add(new Fields(file, row, field(name) + "[" + i + "]", (Map<String, Object>) map, problems));
            } else {
                problem(name + "[" + i + "]", "should be an object");
            }
        }
        return children;
    }

    @SuppressWarnings("unchecked")
    Fields object(String name) {
        Object value = values.get(name);
        if (value instanceof Map<?, ?> map) {
            return new Fields(file, row, field(name), (Map<String, Object>) map, problems);
        }
        if (value != null) {
            problem(name, "should be an object");
        }
        return null;
    }

    int problemsSince(int before) {
        return problems.size() - before;
    }

    void problem(String name, String message) {
        problems.add(new ImportProblem(file, row, field(name), message));
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
