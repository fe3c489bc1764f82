package io.github.tifa.corpus;

import java.util.Comparator;

/** Input the corpus could not use, named by file and line (0: the whole file), and why. */
public record Problem(String file, long line, String message) {

    /** By file, then line (a whole file's first), then message: a file's problems together. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file, Table.CODE_POINTS).thenComparingLong(Problem::line)
            .thenComparing(Problem::message, Table.CODE_POINTS);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
