package io.github.tifa.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.github.tifa.io.OutputFiles;

/**
 * Writes each table as {@code <name>.csv} (UTF-8, a header row, cells quoted where they must be) and
 * {@code <name>.json} (an array of objects; counts and offsets as numbers, flags as booleans), each
 * through a temporary file, so that a table is whole or absent.
 */
public final class CorpusOutput {
    private static final JsonFactory JSON = new JsonFactory();
    /** The streaming CSV writer of the Jackson module the manifest is read with (no mapper to start). */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator("\r\n");
    private static final Set<String> NUMBERS = Set.of("posts", "slogans", "meetings", "mentions", "pages", "begin", "end",
            "order", "cited", "line");
    /** Flags by table and column: meeting-months.held is a count. */
    private static final Set<String> FLAGS = Set.of("slogans.numeric", "meetings.held");

    private CorpusOutput() {
    }

    /** Writes every table, on every processor. */
    public static void write(Path dir, List<Table> tables) throws IOException {
        try {
            tables.parallelStream().forEach(t -> {
                try {
                    OutputFiles.write(dir.resolve(t.name() + ".csv"), out -> csv(t, out));
                    OutputFiles.write(dir.resolve(t.name() + ".json"), out -> json(t, out));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A header row, then the rows; a cell is quoted only when it must be (a comma, a quote, a line break). */
    static void csv(Table t, OutputStream out) throws IOException {
        try (CsvGenerator g = CSV.createGenerator(out, JsonEncoding.UTF8)) {
            g.setSchema(ROWS);
            row(g, t.columns());
            for (List<String> r : t.rows()) {
                row(g, r);
            }
        }
    }

    private static void row(CsvGenerator g, List<String> cells) throws IOException {
        g.writeStartArray();
        for (String c : cells) {
            g.writeString(c);
        }
        g.writeEndArray();
    }

    static void json(Table t, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json(t, g);
        }
    }

    /** The table as an array of objects, a row a line. */
    static void json(Table t, JsonGenerator g) throws IOException {
        {
            g.writeStartArray();
            for (List<String> r : t.rows()) {
                g.writeStartObject();
                for (int i = 0; i < t.columns().size(); i++) {
                    String column = t.columns().get(i);
                    String cell = r.get(i);
                    if (FLAGS.contains(t.name() + "." + column) && !cell.isEmpty()) {
                        g.writeBooleanField(column, Boolean.parseBoolean(cell));
                    } else if ((NUMBERS.contains(column) || column.equals("held")) && !cell.isEmpty()) {
                        g.writeNumberField(column, Long.parseLong(cell));
                    } else {
                        g.writeStringField(column, cell);
                    }
                }
                g.writeEndObject();
                g.writeRaw('\n');
            }
            g.writeEndArray();
        }
    }
}
