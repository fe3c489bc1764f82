package io.github.tifa.bench;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

import io.github.tifa.Tifa;
import io.github.tifa.io.PageReader;

/**
 * Runs the full pipeline over the benchmark corpus a few times, for a profiler (bench/profile runs
 * it under Java Flight Recorder and counts the hottest frames).
 */
public final class ProfilePipeline {
    private ProfilePipeline() {
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> corpus = Corpus.ofSize(chars);
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(Tifa.pipeline());
        JCas jcas = JCasFactory.createJCas();
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (String page : corpus) {
                jcas.reset();
                PageReader.load(jcas, page, "page", null);
                engine.process(jcas);
            }
            System.out.printf("pass %d: %.2f s%n", pass, (System.nanoTime() - start) / 1e9);
        }
    }
}
