package io.github.tifa.model;

import java.util.Map;

import io.github.tifa.lexicon.Lexicon;

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
    COMMAS,
    QUOTES,
    ROLE_SEPARATORS,
    ROLE_MARKS,
    NAME_SEPARATORS,
    STANDALONE_BEFORE,
    SPEECH_MARKS,
    MEETING_STOPS,
    SEPARATOR_BARS,
    CLAUSE_END,
    DAY_DOTS;

    /** The punctuation file on the class path. */
    public static final String FILE = "io/github/tifa/model/punctuation.txt";

    /** Each set's marks, by ordinal (a backslash and n in the file is a line break). */
    private static final String[] MARKS = Lexicon.table(FILE, Punctuation.class).entrySet().stream()
            .sorted(Map.Entry.comparingByKey()).map(e -> e.getValue().replace("\\n", "\n").replace("\\t", "\t"))
            .toArray(String[]::new);

    /** {@code c} is a mark of this set. */
    public boolean has(char c) {
        return MARKS[ordinal()].indexOf(c) >= 0;
    }

    /** The marks of this set. */
    public String marks() {
        return MARKS[ordinal()];
    }
}
