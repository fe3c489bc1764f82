package io.github.tifa.bench;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
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
 * the cost per character should not grow with the size of a document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class ScalingBench {

    @Param({"1", "4", "16", "64"})
    public int times;

    private String page;
    private AnalysisEngine engine;

    @Setup(Level.Trial)
    public void load() throws Exception {
        List<String> pages = Corpus.pages();
        StringBuilder one = new StringBuilder();
        for (String p : pages) {
            one.append(p).append('\n');
        }
        page = one.toString().repeat(times);
        engine = AnalysisEngineFactory.createEngine(Tifa.pipeline());
    }

    @Benchmark
    public int document() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        PageReader.load(jcas, page, "page", null);
        engine.process(jcas);
        return jcas.getAnnotationIndex().size();
    }
}
