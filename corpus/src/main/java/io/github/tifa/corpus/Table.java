package io.github.tifa.corpus;

import java.util.Comparator;
import java.util.List;

/**
 * One corpus table: a name (its file name without extension), its columns, and its rows of cells as
 * they are written (dates ISO, months yyyy-MM, booleans true/false, counts as digits).
 */
public record Table(String name, List<String> columns, List<List<String>> rows) {

    /**
     * How tables order text: by code point, as Spark, SQL and Python do. String.compareTo orders UTF-16
     * units, which puts a character beyond U+FFFF (𡌶) before full-width punctuation (（).
     */
    public static final Comparator<String> CODE_POINTS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cell of {@code column} in {@code row}. */
    public String cell(List<String> row, String column) {
        return row.get(columns.indexOf(column));
    }
}
