package io.github.tifa.corpus;

import java.util.List;

/**
 * One corpus table: a name (its file name without extension), its columns, and its rows of cells as
 * they are written (dates ISO, months yyyy-MM, booleans true/false, counts as digits).
 */
public record Table(String name, List<String> columns, List<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cell of {@code column} in {@code row}. */
    public String cell(List<String> row, String column) {
        return row.get(columns.indexOf(column));
    }
}
