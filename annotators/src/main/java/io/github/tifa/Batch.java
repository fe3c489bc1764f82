package io.github.tifa;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import io.github.tifa.io.BratWriter;
import io.github.tifa.io.JsonWriter;
import io.github.tifa.io.Layers;
import io.github.tifa.io.PageException;
import io.github.tifa.io.PageReader;
import io.github.tifa.io.TifaXmiWriter;

/**
 * Annotates many pages and writes them, one page at a time, so that a page that fails (unreadable,
 * not UTF-8, empty) is reported with its reason and the others are still written.
 */
public final class Batch implements AutoCloseable {

    /** Output formats; each is written into its own subdirectory of the output directory. */
    public enum Format {
        xmi, brat, json
    }

    /** What happened to one page. */
    public record Outcome(String file, String id, String error, Map<String, Integer> counts) {
        public boolean ok() {
            return error == null;
        }
    }

    private final AnalysisEngine engine;
    private final JCas jcas;
    private final Path out;
    private final Set<Format> formats;
    private boolean pretty;

    public Batch(Path out, Set<Format> formats) throws UIMAException {
        this(out, formats, null);
    }

    /** A batch whose pipeline also reads the user's lexicons in {@code lexiconDir} (null: none). */
    public Batch(Path out, Set<Format> formats, Path lexiconDir) throws UIMAException {
        this.engine = AnalysisEngineFactory.createEngine(lexiconDir == null ? Tifa.pipeline() : Tifa.pipeline(lexiconDir));
        this.jcas = JCasFactory.createJCas();
        this.out = out;
        this.formats = formats.isEmpty() ? EnumSet.allOf(Format.class) : EnumSet.copyOf(formats);
    }

    /** Indents JSON and XMI (easier to read, larger); compact by default. */
    public Batch pretty(boolean pretty) {
        this.pretty = pretty;
        return this;
    }

    /** Annotates and writes one page. Never throws for a bad page: the outcome says what went wrong. */
    public Outcome process(PageReader.Page page) {
        jcas.reset();
        try {
            PageReader.load(jcas, page);
            engine.process(jcas);
            for (Format format : formats) {
                Path dir = out.resolve(format.name());
                switch (format) {
                    case xmi -> TifaXmiWriter.write(jcas, dir, pretty);
                    case brat -> BratWriter.write(jcas, dir);
                    case json -> JsonWriter.write(jcas, dir, true, pretty);
                }
            }
            return new Outcome(page.file().toString(), page.id(), null, counts(jcas));
        } catch (PageException e) {
            return new Outcome(page.file().toString(), page.id(), e.getMessage(), Map.of());
        } catch (IOException | UIMAException | RuntimeException e) {
            return new Outcome(page.file().toString(), page.id(), page.file() + ": " + describe(e), Map.of());
        }
    }

    /** Annotates one page without writing it (for {@code explain}). */
    public JCas annotate(PageReader.Page page) throws UIMAException, PageException {
        jcas.reset();
        PageReader.load(jcas, page);
        engine.process(jcas);
        return jcas;
    }

    /** Processes every page in order, telling {@code each} after each page. */
    public List<Outcome> run(List<PageReader.Page> pages, Consumer<Outcome> each) {
        List<Outcome> outcomes = new ArrayList<>();
        for (PageReader.Page page : pages) {
            Outcome outcome = process(page);
            outcomes.add(outcome);
            each.accept(outcome);
        }
        return outcomes;
    }

    /** Annotation counts per layer, scheme layers first. */
    public static Map<String, Integer> counts(JCas jcas) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Class<? extends Annotation>> layers = new ArrayList<>(Layers.SCHEME);
        layers.addAll(Layers.GENERIC);
        for (Class<? extends Annotation> layer : layers) {
            counts.put(Layers.name(layer), JCasUtil.select(jcas, layer).size());
        }
        return counts;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return root == e ? message : message + " (" + e.getClass().getSimpleName() + ")";
    }

    @Override
    public void close() {
        engine.destroy();
    }
}
