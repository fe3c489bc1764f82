package io.github.tifa.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasConsumer_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import io.github.tifa.model.Layers;
import io.github.tifa.type.OfficialTitle;

/**
 * Writes one JSON file per page, {@code <id>.json}: the clean text and, per layer, every annotation
 * with clean and raw offsets, covered text, features and rule. All offsets in the JSON are Unicode
 * code points (what Python's {@code str} indexes); raw offsets match brat and the gold.
 */
public class JsonWriter extends JCasConsumer_ImplBase {

    /** Directory to write into; created when missing. */
    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION)
    private String targetLocation;

    /**
     * Whether to also write HanLP's tokens with their part of speech; paragraphs and sentences are
     * always written. Off by default: tokens are seven tenths of a page's JSON and no rule's result.
     */
    public static final String PARAM_TOKENS = "tokens";
    @ConfigurationParameter(name = PARAM_TOKENS, mandatory = false, defaultValue = "false")
    private boolean tokens;

    /** Whether to indent the JSON (easier to read, about three times larger). */
    public static final String PARAM_PRETTY_PRINT = "prettyPrint";
    @ConfigurationParameter(name = PARAM_PRETTY_PRINT, mandatory = false, defaultValue = "false")
    private boolean prettyPrint;

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            write(jcas, Path.of(targetLocation), tokens, prettyPrint);
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** Writes {@code <id>.json}, compact. */
    public static Path write(JCas jcas, Path dir, boolean tokens) throws IOException {
        return write(jcas, dir, tokens, false);
    }

    /** Writes {@code <id>.json}, indented when {@code pretty}. */
    public static Path write(JCas jcas, Path dir, boolean tokens, boolean pretty) throws IOException {
        Path target = OutputFiles.target(dir, TifaXmiWriter.documentId(jcas), ".json");
        OutputFiles.write(target, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                if (pretty) {
                    g.useDefaultPrettyPrinter();
                }
                write(jcas, g, tokens);
            }
        });
        return target;
    }

    /** Writes the document object for {@code jcas} to {@code g}, HanLP's tokens when {@code tokens}. */
    public static void write(JCas jcas, JsonGenerator g, boolean tokens) throws IOException {
        String clean = jcas.getDocumentText();
        Offsets offsets = Offsets.of(jcas);
        g.writeStartObject();
        g.writeStringField("document", TifaXmiWriter.documentId(jcas));
        g.writeStringField("offsets", "unicode code points");
        g.writeNumberField("rawLength", offsets.rawText().codePointCount(0, offsets.rawText().length()));
        g.writeStringField("text", clean);
        g.writeObjectFieldStart("annotations");
        List<Class<? extends Annotation>> layers = new ArrayList<>(Layers.SCHEME);
        layers.addAll(tokens ? Layers.GENERIC : Layers.STRUCTURE);
        for (Class<? extends Annotation> layer : layers) {
            g.writeArrayFieldStart(Layers.name(layer));
            for (Annotation a : Layers.select(jcas, layer)) {
                if (a.getClass() != layer && Layers.SCHEME.contains(a.getClass())) {
                    continue;
                }
                g.writeStartObject();
                span(g, a, offsets);
                g.writeStringField("text", a.getCoveredText());
                g.writeObjectFieldStart("features");
                for (String[] f : Layers.features(a)) {
                    g.writeStringField(f[0], f[1]);
                }
                g.writeEndObject();
                if (a instanceof OfficialTitle title) {
                    g.writeArrayFieldStart("holders");
                    for (NamedEntity p : Layers.holders(title)) {
                        g.writeStartObject();
                        span(g, p, offsets);
                        g.writeStringField("text", p.getCoveredText());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                String rule = Layers.rule(a);
                if (rule != null) {
                    g.writeStringField("rule", rule);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Annotation a, Offsets offsets) throws IOException {
        g.writeNumberField("begin", offsets.begin(a));
        g.writeNumberField("end", offsets.end(a));
        g.writeNumberField("rawBegin", offsets.rawBegin(a));
        g.writeNumberField("rawEnd", offsets.rawEnd(a));
    }
}
