package io.github.tifa.bench;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
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

import io.github.tifa.Tifa;
import io.github.tifa.io.PageReader;

/**
 * The full pipeline on one document made of the sample pages repeated 1, 4, 16 and 64 times:
 * the cost per character should not grow with the size of a document. Every pass annotates the
 * same number of characters ({@value #LARGEST} copies of the pages: 64 documents of one copy, one
 * of 64), in one reused CAS as {@code Batch} does, so the sizes are compared at the same warm-up
 * and without the making of a CAS in the timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class ScalingBench {

    @Param({"1", "4", "16", "64"})
    public int times;

    /** The largest document, in copies of the pages: every pass annotates this many copies. */
    static final int LARGEST = 64;

    private String page;
    private AnalysisEngine engine;
    private JCas jcas;

    /** The documents of {@code times} copies that one pass annotates. */
    static int documentsPerPass(int times) {
        return LARGEST / times;
    }

    @Setup(Level.Trial)
    public void load() throws Exception {
        List<String> pages = Corpus.pages();
        StringBuilder one = new StringBuilder();
        for (String p : pages) {
            one.append(p).append('\n');
        }
        page = one.toString().repeat(times);
        engine = AnalysisEngineFactory.createEngine(Tifa.pipeline());
        jcas = engine.newJCas();
    }

    @Benchmark
    public int document() throws Exception {
        int annotations = 0;
        for (int i = 0; i < documentsPerPass(times); i++) {
            jcas.reset();
            PageReader.load(jcas, page, "page", null);
            engine.process(jcas);
            annotations += jcas.getAnnotationIndex().size();
        }
        return annotations;
    }
}
