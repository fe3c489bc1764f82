package io.github.tifa.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.github.tifa.io.OutputFiles;

/**
 * {@code corpus.html}: one file that opens offline, with Apache ECharts and the tables inside it.
 * Slogan timelines, meetings per type per month (held and cited stacked apart), and searchable tables
 * of posts and holders and of meetings, each row linking to the page it was read on.
 */
public final class CorpusHtml {
    private static final String TEMPLATE = "corpus.html";
    /** The ECharts build of the WebJar org.webjars.npm:echarts (Apache License 2.0). */
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** The tables the page shows; the others are CSV and JSON only. */
    private static final List<String> SHOWN = List.of("pages", "undated", "posts", "holders", "slogans", "slogan-months",
            "meetings", "meeting-months", "problems");

    private CorpusHtml() {
    }

    /** Writes {@code dir/corpus.html}; page links are relative to {@code dir}. */
    public static void write(Path dir, List<Table> tables) throws IOException {
        String template = resource(CorpusHtml.class, TEMPLATE);
        String echarts = resource(CorpusHtml.class, ECHARTS);
        String data = data(dir, tables);
        // a literal replace: the script and the data contain $ and \, which replaceFirst would read
        int at = template.indexOf("/*ECHARTS*/");
        String html = template.substring(0, at) + echarts.replace("</script", "<\\/script")
                + template.substring(at + "/*ECHARTS*/".length());
        at = html.indexOf("/*DATA*/");
        String page = html.substring(0, at) + data + html.substring(at + "/*DATA*/".length());
        OutputFiles.write(dir.resolve("corpus.html"), out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    /** The tables and the link of each page, as JSON that is safe inside a script element. */
    static String data(Path dir, List<Table> tables) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
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
        // </script> or <!-- inside a string would end or bend the script element
        return bytes.toString(StandardCharsets.UTF_8).replace("</", "<\\/").replace("<!--", "<\\!--")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
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

    private static String resource(Class<?> base, String name) throws IOException {
        try (InputStream in = base.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name + " (is the echarts WebJar on the class path?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
