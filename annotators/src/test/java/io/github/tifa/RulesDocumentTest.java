package io.github.tifa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * RULES.md describes every rule name the annotators write, and no rule that does not exist; each
 * row names its unit, a class that holds the rule's name, and that unit has a test of its own.
 */
class RulesDocumentTest {

    private static final Pattern RULE = Pattern.compile("\"((?:article|headline|byline|person|title|meeting|slogan)\\.[a-z-]+)\"");
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `([a-z]+\\.[a-z-]+)` \\|", Pattern.MULTILINE);
    private static final Pattern UNIT = Pattern.compile("^\\| `([a-z]+\\.[a-z-]+)` \\| `([a-z]+/[A-Za-z]+)` \\|", Pattern.MULTILINE);
    private static final String SOURCES = "src/main/java/io/github/tifa/";
    private static final String TESTS = "src/test/java/io/github/tifa/";

    @Test
    void everyRuleIsDocumentedAndEveryDocumentedRuleExists() throws IOException {
        Set<String> inCode = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RULE.matcher(Files.readString(f));
                while (m.find()) {
                    inCode.add(m.group(1));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        Matcher m = DOCUMENTED.matcher(Files.readString(Path.of("../RULES.md")));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(inCode).hasSizeGreaterThan(20);
        assertThat(documented).isEqualTo(inCode);
    }

    @Test
    void everyRowNamesItsUnitAndTheUnitHasItsOwnTest() throws IOException {
        Matcher m = UNIT.matcher(Files.readString(Path.of("../RULES.md")));
        Set<String> rows = new TreeSet<>();
        while (m.find()) {
            String rule = m.group(1);
            Path unit = Path.of(SOURCES + m.group(2) + ".java");
            assertThat(unit).as("unit of %s", rule).exists();
            assertThat(Files.readString(unit)).as("%s holds the name of %s", unit, rule).contains("\"" + rule + "\"");
            assertThat(Path.of(TESTS + m.group(2) + "Test.java")).as("test of %s", unit).exists();
            rows.add(rule);
        }
        assertThat(rows).hasSizeGreaterThan(20);
    }
}
