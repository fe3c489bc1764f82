package io.github.tifa.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import io.github.tifa.io.OutputFiles;

/**
 * {@code corpus.html}: one file that opens offline, with Apache ECharts and the tables inside it.
 * Slogan timelines, meetings per type per month (held and cited stacked apart), and searchable tables
 * of posts and holders and of meetings, each row linking to the page it was read on.
 */
public final class CorpusHtml {
    private static final String TEMPLATE = "corpus.html";
    /** The ECharts build of the WebJar org.webjars.npm:echarts (Apache License 2.0). */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** The tables the page shows; the others are CSV and JSON only. */
    private static final List<String> SHOWN = List.of("pages", "undated", "posts", "holders", "slogans", "slogan-months",
            "meetings", "meeting-months", "problems");

    private CorpusHtml() {
    }

    /**
     * Writes {@code dir/corpus.html}; page links are relative to {@code dir}. Streamed as bytes: the
     * template around ECharts' build, then the data, with no megabyte string built, searched or
     * encoded. The build has no {@code </script} in it ({@code CorpusHtmlTest} checks).
     */
    public static void write(Path dir, List<Table> tables) throws IOException {
        byte[] template = resource(TEMPLATE);
        byte[] echarts = resource(ECHARTS);
        int charts = indexOf(template, ECHARTS_MARK);
        int data = indexOf(template, DATA_MARK);
        OutputFiles.write(dir.resolve("corpus.html"), out -> {
            out.write(template, 0, charts);
            out.write(echarts);
            int afterCharts = charts + ECHARTS_MARK.length;
            out.write(template, afterCharts, data - afterCharts);
            data(dir, tables, out);
            int afterData = data + DATA_MARK.length;
            out.write(template, afterData, template.length - afterData);
        });
    }

    private static final byte[] ECHARTS_MARK = "/*ECHARTS*/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA_MARK = "/*DATA*/".getBytes(StandardCharsets.US_ASCII);

    /**
     * The tables and the link of each page, as JSON that is safe inside a script element: every
     * {@code <} is written {@code \u003c} (no {@code </script>}, no {@code <!--}), and the line
     * separators U+2028 and U+2029 escaped too.
     */
    static void data(Path dir, List<Table> tables, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8).setCharacterEscapes(new ScriptSafe())) {
            g.writeStartObject();
            g.writeObjectFieldStart("tables");
            Table pages = null;
            for (Table t : tables) {
                if (SHOWN.contains(t.name())) {
                    g.writeFieldName(t.name());
                    CorpusOutput.json(t, g);
                }
                if (t.name().equals("pages")) {
                    pages = t;
                }
            }
            g.writeEndObject();
            g.writeObjectFieldStart("links");
            if (pages != null) {
                for (List<String> row : pages.rows()) {
                    String source = pages.cell(row, "source");
                    if (!source.isEmpty()) {
                        g.writeStringField(pages.cell(row, "page"), link(dir, source));
                    }
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** JSON string escapes for text inside an HTML script element. */
    private static final class ScriptSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafe() {
            ascii['<'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private static int indexOf(byte[] in, byte[] mark) {
        outer:
        for (int i = 0; i + mark.length <= in.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (in[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("the corpus.html template has no " + new String(mark, StandardCharsets.US_ASCII));
    }

    /** The page's file relative to the folder of corpus.html, as a URL path. */
    static String link(Path dir, String source) {
        Path from = dir.toAbsolutePath().normalize();
        Path to = Path.of(source).toAbsolutePath().normalize();
        String relative = from.getRoot() != null && from.getRoot().equals(to.getRoot()) ? from.relativize(to).toString()
                : to.toString();
        try {
            return new URI(null, null, relative.replace('\\', '/'), null).getRawPath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(source, e);
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = CorpusHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name + " (is the echarts WebJar on the class path?)");
            }
            return in.readAllBytes();
        }
    }
}
