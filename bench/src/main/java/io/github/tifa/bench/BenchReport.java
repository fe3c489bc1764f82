package io.github.tifa.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a JMH result file into BENCHMARKS.md: characters per second of each step, its ratio to
 * HanLP alone from the same run, the scaling rows, start-up and heap, and the targets.
 * Arguments: jmh.json, then start-up seconds, start-up max RSS (kB), seconds and result of the
 * 10 MB batch under -Xmx256m.
 */
public final class BenchReport {
    private BenchReport() {
    }

    public static void main(String[] args) throws Exception {
        Results r = Results.read(Path.of(args[0]));
        List<String> corpus = Corpus.ofSize(r.corpusChars());
        long chars = Corpus.chars(corpus);
        long xmiBytes = 0;
        for (JCas jcas : Corpus.annotated(corpus)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XmiCasSerializer.serialize(jcas.getCas(), jcas.getTypeSystem(), out, false, null);
            xmiBytes += out.size();
        }
        StringBuilder md = new StringBuilder();
        steps(md, r, corpus, chars, xmiBytes);
        double worst = scaling(md, r);
        md.append("\n## Start-up and heap\n\n");
        if (args.length >= 5) {
            md.append(String.format(Locale.ROOT, "- First document after the command starts: %s s wall clock for `./tifa "
                    + "annotate samples/demo-page.txt` (JVM start, HanLP dictionaries, one page, JSON written); max RSS %s MB.%n",
                    args[1], Long.parseLong(args[2]) / 1024));
            md.append(String.format(Locale.ROOT, "- A 10 MB batch (sample pages cycled, one file each), `TIFA_JAVA_OPTS=-Xmx256m ./tifa`: %s in %s s.%n",
                    args[4], args[3]));
        }
        targets(md, r, chars, xmiBytes, worst);
        if (args.length >= 6 && java.nio.file.Files.exists(Path.of(args[5]))) {
            md.append("\n## As a user runs it: paired, alternating runs\n\n")
                    .append(java.nio.file.Files.readString(Path.of(args[5])));
        }
        System.out.print(md);
    }

    /** JMH's results: seconds (score, error) per step, per-document seconds per scaling factor, corpus size. */
    private record Results(Map<String, double[]> seconds, Map<Integer, double[]> scaling, int corpusChars) {
        static Results read(Path json) throws IOException {
            JsonNode results = new ObjectMapper().readTree(json.toFile());
            Map<String, double[]> seconds = new LinkedHashMap<>();
            Map<Integer, double[]> scaling = new LinkedHashMap<>();
            int corpusChars = 2_000_000;
            for (JsonNode r : results) {
                String name = r.get("benchmark").asText().replaceAll(".*\\.", "");
                double score = r.get("primaryMetric").get("score").asDouble();
                double error = r.get("primaryMetric").get("scoreError").asDouble();
                if (r.get("benchmark").asText().contains("ScalingBench")) {
                    int times = r.get("params").get("times").asInt();
                    int documents = ScalingBench.documentsPerPass(times); // a pass annotates this many documents
                    scaling.put(times, new double[] {score / documents, error / documents});
                } else {
                    corpusChars = r.get("params").get("corpusChars").asInt();
                    seconds.put(name, new double[] {score, error});
                }
            }
            return new Results(seconds, scaling, corpusChars);
        }

        double base(long chars) {
            return chars / seconds.get("hanlp")[0];
        }
    }

    /** The machine, the corpus, and each step's time per pass against HanLP alone. */
    private static void steps(StringBuilder md, Results r, List<String> corpus, long chars, long xmiBytes) {
        md.append("# Benchmarks\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %d cores, %s %s, %s %s. Command: `bench/run` (JMH 1.37, single-shot "
                + "passes over the corpus, 2 warm-up and 8 measured passes with a full GC before each, 1 fork, -Xmx4g).%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch")));
        md.append(String.format(Locale.ROOT, "Corpus: the %d sample pages cycled to %d pages, %,d characters (%.1f MB UTF-8).%n%n",
                Corpus.pages().size(), corpus.size(), chars, bytes(corpus) / 1e6));
        md.append("| step | s per pass (± error) | chars/s | ratio to HanLP alone |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, double[]> e : r.seconds().entrySet()) {
            double s = e.getValue()[0];
            md.append(String.format(Locale.ROOT, "| %s | %.3f ± %.3f | %,.0f | %.2f |%n", e.getKey(), s, e.getValue()[1],
                    chars / s, (chars / s) / r.base(chars)));
        }
        md.append(String.format(Locale.ROOT, "%nXMI written: %,d bytes per pass, %.1f MB/s.%n", xmiBytes,
                xmiBytes / r.seconds().get("xmiWriting")[0] / 1e6));
    }

    /** The cost per character of one document repeated 1–64 times; returns the worst deviation from 1×. */
    private static double scaling(StringBuilder md, Results r) {
        md.append("\n## Scaling: one document of the sample pages repeated\n\nEvery pass annotates the pages "
                + ScalingBench.LARGEST + " times over, as documents of 1, 4, 16 or 64 copies, in one reused CAS.\n\n"
                + "| times | characters | s per document | chars/s | cost per char vs 1× |\n|---:|---:|---:|---:|---:|\n");
        int pageChars = 0;
        for (String p : Corpus.pages()) {
            pageChars += p.length() + 1;
        }
        double first = 0;
        double worst = 0;
        for (Map.Entry<Integer, double[]> e : r.scaling().entrySet()) {
            long n = (long) pageChars * e.getKey();
            double perChar = e.getValue()[0] / n;
            if (first == 0) {
                first = perChar;
            }
            worst = Math.max(worst, Math.abs(perChar / first - 1));
            md.append(String.format(Locale.ROOT, "| %d | %,d | %.3f ± %.3f | %,.0f | %+.0f %% |%n", e.getKey(), n,
                    e.getValue()[0], e.getValue()[1], n / e.getValue()[0], (perChar / first - 1) * 100));
        }
        return worst;
    }

    private static void targets(StringBuilder md, Results r, long chars, long xmiBytes, double worst) {
        double base = r.base(chars);
        double pipeline = chars / r.seconds().get("pipeline1Thread")[0];
        double twoThreads = chars / r.seconds().get("pipeline2Threads")[0];
        md.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        target(md, "full pipeline ≥ 0.7× HanLP alone", String.format(Locale.ROOT, "%.2f×", pipeline / base), pipeline / base >= 0.7);
        // the six rule annotators run as one aggregate sharing their lexicons, as in the pipeline
        double rules = chars / r.seconds().get("ruleAnnotators")[0];
        target(md, "rule annotators together ≥ 20 M chars/s", String.format(Locale.ROOT, "%,.0f chars/s", rules), rules >= 20e6);
        double xmi = xmiBytes / r.seconds().get("xmiWriting")[0] / 1e6;
        target(md, "XMI writing ≥ 5 MB/s", String.format(Locale.ROOT, "%.1f MB/s", xmi), xmi >= 5);
        target(md, "cost per character flat 1×–64× within ±15 %", String.format(Locale.ROOT, "worst %.0f %%", worst * 100),
                worst <= 0.15);
        target(md, "2 threads ≥ 1.8× one thread", String.format(Locale.ROOT, "%.2f×", twoThreads / pipeline),
                twoThreads / pipeline >= 1.8);
    }

    private static void target(StringBuilder md, String what, String measured, boolean met) {
        md.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static long bytes(List<String> pages) {
        long n = 0;
        for (String p : pages) {
            n += p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
