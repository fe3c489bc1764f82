package io.github.tifa.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The punctuation sets that the page model and the rules read, from {@value #FILE}: the marks are
 * data in one place, and the code names each set through these constants.
 */
public enum Punctuation {
    SENTENCE_STOPS,
    LINE_STOPS,
    SENTENCE_END,
    CLOSERS,
    STATEMENT_MARKS,
    LINE_END_PUNCTUATION,
    PAUSES,
    QUOTES,
    ROLE_SEPARATORS,
    NAME_SEPARATORS,
    STANDALONE_BEFORE,
    SPEECH_MARKS,
    MEETING_STOPS,
    SEPARATOR_BARS;

    /** The punctuation file on the class path. */
    public static final String FILE = "io/github/tifa/model/punctuation.txt";

    private static final Map<Punctuation, String> MARKS = read();

    /** {@code c} is a mark of this set. */
    public boolean has(char c) {
        return MARKS.get(this).indexOf(c) >= 0;
    }

    /** The marks of this set. */
    public String marks() {
        return MARKS.get(this);
    }

    private static Map<Punctuation, String> read() {
        Map<Punctuation, String> marks = new EnumMap<>(Punctuation.class);
        try (InputStream in = Punctuation.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String name = tab < 0 ? line : line.substring(0, tab);
                try {
                    marks.put(valueOf(name.strip()), tab < 0 ? "" : line.substring(tab + 1).replace("\\n", "\n").replace("\\t", "\t"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(String.format("%s line %d: no punctuation set '%s'", FILE, n, name), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        for (Punctuation p : values()) {
            if (!marks.containsKey(p)) {
                throw new IllegalStateException(FILE + " has no line for the punctuation set " + p);
            }
        }
        return marks;
    }
}
