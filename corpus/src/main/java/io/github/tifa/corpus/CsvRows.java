package io.github.tifa.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/** A user's CSV file (manifest, merge file) read as rows of cells with their line numbers. */
final class CsvRows {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES).build();

    /** One row: its line in the file and its cells, looked up by the header's column names. */
    record Row(long line, List<String> header, List<String> cells) {
        String get(String column) {
            int i = header.indexOf(column);
            return i < 0 || i >= cells.size() ? "" : cells.get(i).strip();
        }
    }

    private CsvRows() {
    }

    /**
     * The rows of {@code file} below its header, which must name every one of {@code required}
     * (in any order, any case).
     */
    static List<Row> read(Path file, List<String> required) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(in)) {
            List<String> header = null;
            while (it.hasNextValue()) {
                long line = it.getCurrentLocation().getLineNr();
                List<String> cells = it.nextValue();
                if (header == null) {
                    header = new ArrayList<>();
                    for (String c : cells) {
                        header.add(c.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
                    }
                    if (!header.containsAll(required)) {
                        throw new IOException(file + ":" + line + ": expected a header naming the columns "
                                + String.join(", ", required) + ", found " + String.join(", ", cells));
                    }
                } else if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    rows.add(new Row(line, header, cells));
                }
            }
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a CSV file: " + e.getMessage(), e);
        }
        return rows;
    }
}
