package io.github.tifa.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;

/**
 * Runs each rule annotator in turn over annotated pages, many times, and prints each one's CPU
 * time (removing its output first is not counted): for a profiler (bench/profile rules) and quick checks.
 */
public final class ProfileRules {
    private static final List<String> ORDER = List.of("articleAnnotator", "bylineAnnotator", "personAnnotator",
            "titleAnnotator", "meetingAnnotator", "sloganAnnotator");

    /** CPU time of this thread: on a shared machine, wall time also counts the waits for a core. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ProfileRules() {
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> pages = Corpus.ofSize(chars);
        List<JCas> annotated = Corpus.annotated(pages);
        long total = Corpus.chars(pages);
        Map<String, AnalysisEngine> engines = new LinkedHashMap<>();
        for (String name : ORDER) {
            engines.put(name, AnalysisEngineFactory.createEngine(TifaBench.ANNOTATORS.get(name)));
        }
        for (int pass = 0; pass < passes; pass++) {
            Map<String, Long> nanos = new LinkedHashMap<>();
            for (JCas jcas : annotated) {
                for (String name : ORDER) {
                    TifaBench.remove(jcas, TifaBench.OUTPUTS.get(name));
                    long start = CPU.getCurrentThreadCpuTime();
                    engines.get(name).process(jcas);
                    nanos.merge(name, CPU.getCurrentThreadCpuTime() - start, Long::sum);
                }
            }
            long sum = nanos.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder line = new StringBuilder(String.format("pass %d: rules %,.0f chars/s;", pass, total / (sum / 1e9)));
            nanos.forEach((k, v) -> line.append(String.format(" %s %.0f ms", k.replace("Annotator", ""), v / 1e6)));
            System.out.println(line);
        }
    }
}
