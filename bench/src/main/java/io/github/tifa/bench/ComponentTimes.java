package io.github.tifa.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineManagement;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;

import io.github.tifa.Tifa;
import io.github.tifa.io.PageReader;

/**
 * Where a pass of the full pipeline goes, component by component, as UIMA's own management
 * interface times them: each annotator measured in place, on the page the one before it has just
 * written (caches warm as in a real run), not alone on stored pages. Prints each pass after the
 * warm-up ones: {@code ComponentTimes [chars] [passes]}.
 */
public final class ComponentTimes {
    private ComponentTimes() {
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<String> corpus = Corpus.ofSize(chars);
        AnalysisEngine pipeline = AnalysisEngineFactory.createEngine(Tifa.pipeline());
        JCas jcas = pipeline.newJCas();
        for (int pass = 0; pass < passes; pass++) {
            Map<String, Long> before = times(pipeline);
            long start = System.nanoTime();
            for (String page : corpus) {
                jcas.reset();
                PageReader.load(jcas, page, "page", null);
                pipeline.process(jcas);
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            StringBuilder line = new StringBuilder(String.format("pass %d: %d ms;", pass, wall));
            times(pipeline).forEach((name, ms) -> line.append(' ').append(name).append(' ').append(ms - before.get(name)));
            System.out.println(line);
        }
    }

    /** Milliseconds each component has spent so far, by its simple name. */
    private static Map<String, Long> times(AnalysisEngine pipeline) {
        Map<String, Long> ms = new LinkedHashMap<>();
        for (AnalysisEngineManagement c : pipeline.getManagementInterface().getComponents().values()) {
            String name = c.getName();
            ms.put(name.substring(name.lastIndexOf('.') + 1), c.getAnalysisTime());
        }
        return ms;
    }
}
