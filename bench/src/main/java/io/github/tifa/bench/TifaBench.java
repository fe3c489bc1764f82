package io.github.tifa.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.TOP;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.github.tifa.Tifa;
import io.github.tifa.byline.BylineAnnotator;
import io.github.tifa.io.BratWriter;
import io.github.tifa.io.JsonWriter;
import io.github.tifa.io.PageReader;
import io.github.tifa.meeting.MeetingAnnotator;
import io.github.tifa.person.PersonAnnotator;
import io.github.tifa.reflow.Alignments;
import io.github.tifa.reflow.Reflow;
import io.github.tifa.segment.HanLpSegmenter;
import io.github.tifa.segment.Sentences;
import io.github.tifa.slogan.SloganAnnotator;
import io.github.tifa.structure.ArticleAnnotator;
import io.github.tifa.title.TitleAnnotator;
import io.github.tifa.type.Article;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;
import io.github.tifa.type.Headline;
import io.github.tifa.type.HolderLink;
import io.github.tifa.type.Meeting;
import io.github.tifa.type.OfficialTitle;
import io.github.tifa.type.PersonName;
import io.github.tifa.type.Slogan;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import org.apache.uima.analysis_component.AnalysisComponent;

/**
 * One pass over a corpus of about {@code corpusChars} characters (the sample pages cycled) per
 * measurement. Every benchmark reports seconds per pass; BenchReport turns them into characters
 * per second and ratios to {@link #hanlp}, the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class TifaBench {

    @Param("2000000")
    public int corpusChars;

    private List<String> raw;
    private List<String> clean;
    private List<JCas> annotated;

    private AnalysisEngine engine;
    private AnalysisEngine[] engines;

    @Setup(Level.Trial)
    public void load(BenchmarkParams params) throws Exception {
        raw = Corpus.ofSize(corpusChars);
        clean = new ArrayList<>();
        for (String r : raw) {
            clean.add(Reflow.reflow(r).clean());
        }
        String name = params.getBenchmark();
        name = name.substring(name.lastIndexOf('.') + 1);
        if (name.endsWith("Annotator") || name.endsWith("Annotators") || name.endsWith("Writing")) {
            annotated = Corpus.annotated(raw); // only where a pass needs annotated documents
        }
        prepareRules(name);
        engine = AnalysisEngineFactory.createEngine(Tifa.pipeline());
        engines = new AnalysisEngine[] {engine, AnalysisEngineFactory.createEngine(Tifa.pipeline())};
    }

    /** The baseline: HanLP segmentation alone, configured and chunked as tifa does it. */
    @Benchmark
    public void hanlp(Blackhole bh) {
        for (String text : clean) {
            Sentences.split(text, (b, e) -> bh.consume(HanLpSegmenter.segment().seg(text.substring(b, e))));
        }
    }

    @Benchmark
    public void reflow(Blackhole bh) {
        for (String r : raw) {
            bh.consume(Reflow.reflow(r));
        }
    }

    /** The full pipeline without writers, one thread. */
    @Benchmark
    public void pipeline1Thread(Blackhole bh) throws Exception {
        bh.consume(run(raw, engine));
    }

    /** The full pipeline without writers, two threads with one engine each. */
    @Benchmark
    public void pipeline2Threads(Blackhole bh) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                List<String> half = new ArrayList<>();
                for (int i = t; i < raw.size(); i += 2) {
                    half.add(raw.get(i));
                }
                AnalysisEngine own = engines[t];
                parts.add(pool.submit(() -> run(half, own)));
            }
            for (Future<Integer> f : parts) {
                bh.consume(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int run(List<String> pages, AnalysisEngine engine) throws Exception {
        JCas jcas = engine.newJCas(); // the engine's type system: no class-path scan in the timing
        int annotations = 0;
        for (String page : pages) {
            jcas.reset();
            PageReader.load(jcas, page, "page", null);
            engine.process(jcas);
            annotations += jcas.getAnnotationIndex().size();
        }
        return annotations;
    }

    // ---- the rule annotators on annotated pages: their own output is removed before each pass
    // (untimed, in setup), everything before them in the pipeline is kept

    /** What each rule benchmark's annotators write, removed before each pass. */
    static final Map<String, List<Class<? extends TOP>>> OUTPUTS = Map.of(
            "articleAnnotator", List.of(Article.class, Headline.class, Paragraph.class),
            "bylineAnnotator", List.of(Byline.class, Contributor.class),
            "personAnnotator", List.of(PersonName.class, NamedEntity.class),
            "titleAnnotator", List.of(OfficialTitle.class, HolderLink.class),
            "meetingAnnotator", List.of(Meeting.class),
            "sloganAnnotator", List.of(Slogan.class));

    static final Map<String, Class<? extends AnalysisComponent>> ANNOTATORS = Map.of(
            "articleAnnotator", ArticleAnnotator.class, "bylineAnnotator", BylineAnnotator.class,
            "personAnnotator", PersonAnnotator.class, "titleAnnotator", TitleAnnotator.class,
            "meetingAnnotator", MeetingAnnotator.class, "sloganAnnotator", SloganAnnotator.class);

    /** The annotator (or, for {@link #ruleAnnotators}, the six in pipeline order) of this benchmark. */
    private AnalysisEngine rules;
    private List<Class<? extends TOP>> outputs = List.of();

    private void prepareRules(String name) throws Exception {
        if (name.equals("ruleAnnotators")) {
            rules = AnalysisEngineFactory.createEngine(Tifa.rules());
            outputs = OUTPUTS.values().stream().flatMap(List::stream).toList();
        } else if (ANNOTATORS.containsKey(name)) {
            rules = AnalysisEngineFactory.createEngine(ANNOTATORS.get(name));
            outputs = OUTPUTS.get(name);
        }
    }

    @Setup(Level.Iteration)
    public void removeRuleOutput() {
        if (annotated != null) {
            for (JCas jcas : annotated) {
                remove(jcas, outputs);
            }
        }
    }

    /** Removes every feature structure of these types from the indexes of {@code jcas}. */
    static void remove(JCas jcas, List<Class<? extends TOP>> types) {
        for (Class<? extends TOP> type : types) {
            for (TOP fs : new ArrayList<>(JCasUtil.select(jcas, type))) {
                fs.removeFromIndexes();
            }
        }
    }

    private void runRules() throws Exception {
        for (JCas jcas : annotated) {
            rules.process(jcas);
        }
    }

    /** The six rule annotators together, sharing their lexicons as in {@link Tifa#pipeline()}. */
    @Benchmark
    public void ruleAnnotators() throws Exception {
        runRules();
    }

    @Benchmark
    public void articleAnnotator() throws Exception {
        runRules();
    }

    @Benchmark
    public void bylineAnnotator() throws Exception {
        runRules();
    }

    @Benchmark
    public void personAnnotator() throws Exception {
        runRules();
    }

    @Benchmark
    public void titleAnnotator() throws Exception {
        runRules();
    }

    @Benchmark
    public void meetingAnnotator() throws Exception {
        runRules();
    }

    @Benchmark
    public void sloganAnnotator() throws Exception {
        runRules();
    }

    // ---- writers, to memory: what is measured is serialisation, not the disk

    @Benchmark
    public long xmiWriting() throws Exception {
        long bytes = 0;
        for (JCas jcas : annotated) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XmiCasSerializer.serialize(jcas.getCas(), jcas.getTypeSystem(), out, false, null);
            bytes += out.size();
        }
        return bytes;
    }

    @Benchmark
    public long bratWriting() throws Exception {
        long chars = 0;
        for (JCas jcas : annotated) {
            chars += BratWriter.annotations(jcas, jcas.getView(Alignments.RAW_VIEW).getDocumentText()).length();
        }
        return chars;
    }

    @Benchmark
    public long jsonWriting() throws Exception {
        JsonFactory factory = new JsonFactory();
        long bytes = 0;
        for (JCas jcas : annotated) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = factory.createGenerator((OutputStream) out)) {
                JsonWriter.write(jcas, g, true);
            }
            bytes += out.size();
        }
        return bytes;
    }
}
