package org.ourown.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string is in English and Spanish, and every key a template or form uses exists. */
class MessagesTests {

    private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{([a-zA-Z0-9_.]+)\\}\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void spanishHasEveryEnglishKeyAndNoOthers() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> spanish = new TreeSet<>(load("messages_es.properties").stringPropertyNames());
        assertThat(spanish).containsExactlyElementsOf(english);
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_es.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", name))) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals))) {
                    twice.add(name + ": " + line.substring(0, equals));
                }
            }
            assertThat(twice)
                    .as("a key written twice: the second silently wins")
                    .isEmpty();
        }
    }

    /** Every message goes through MessageFormat, where a lone apostrophe quotes what follows and vanishes. */
    @Test
    void apostrophesAreDoubled() throws IOException {
        for (String file : List.of("messages.properties", "messages_es.properties")) {
            Properties messages = load(file);
            List<String> lone = messages.stringPropertyNames().stream()
                    .filter(key -> messages.getProperty(key).replace("''", "").contains("'"))
                    .sorted()
                    .toList();
            assertThat(lone).as(file + ": write '' for an apostrophe").isEmpty();
        }
    }

    @Test
    void spanishIsNotEnglishCopied() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        long same = english.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("app.") && !key.startsWith("home.heading"))
                .filter(key -> english.getProperty(key).length() > 12)
                .filter(key -> english.getProperty(key).equals(spanish.getProperty(key)))
                .count();
        assertThat(same).isZero();
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Pattern codeKey = Pattern.compile(
                "\"((?:account|organization|password|twoFactor|signIn|staff|error|audit)\\.[a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources/templates"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String text = Files.readString(file);
                    for (Pattern pattern : new Pattern[] {templateKey, codeKey, VALIDATION_KEY}) {
                        Matcher m = pattern.matcher(text);
                        while (m.find()) {
                            if (!keys.contains(m.group(1))) {
                                missing.add(file.getFileName() + ": " + m.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
