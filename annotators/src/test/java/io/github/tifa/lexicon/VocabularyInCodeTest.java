package io.github.tifa.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Vocabulary lives in the lexicon files, not in Java: no string or character literal in the
 * annotators' code holds a Han character or a typographic mark (□, ★; display symbols such as ⏎
 * are no vocabulary). Comments may, for examples. The one exception is the scheme's own list of
 * Contributor.role values.
 */
class VocabularyInCodeTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Set<String> SCHEME = Set.of("io/github/tifa/lexicon/LexiconSchema.java");

    @Test
    void noLiteralInAnnotatorCodeHoldsAWord() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                if (!SCHEME.contains(name)) {
                    for (String literal : literals(Files.readString(file))) {
                        if (literal.codePoints().anyMatch(VocabularyInCodeTest::word)) {
                            found.add(name + ": " + literal);
                        }
                    }
                }
            }
        }
        assertThat(found).as("literals that belong in a lexicon file").isEmpty();
    }

    @Test
    void theScannerSeesLiteralsButNotComments() {
        assertThat(literals("// 会议\n/* 讯 */ String s = \"视频\"; char c = '讯'; /** 据 */ String t = \"a\\\"b\";"))
                .containsExactly("视频", "讯", "a\\\"b");
    }

    private static boolean word(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.GEOMETRIC_SHAPES || block == Character.UnicodeBlock.MISCELLANEOUS_SYMBOLS;
    }

    /** The contents of the string, text block and character literals of a Java source, comments skipped. */
    static List<String> literals(String src) {
        List<String> result = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                result.add(src.substring(i + 3, end));
                i = end + 3;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char quote = src.charAt(i);
                int j = i + 1;
                while (j < n && src.charAt(j) != quote) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                result.add(src.substring(i + 1, Math.min(j, n)));
                i = j + 1;
            } else {
                i++;
            }
        }
        return result;
    }
}
