package io.github.tifa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.tifa.Batch;
import io.github.tifa.io.PageReader;

/**
 * The speed a user sees, as ratios to HanLP alone measured in the same run: each round runs every
 * variant once, in an order that rotates from round to round (A B C …, B C … A, …), so that the
 * machine's drift falls on all variants alike; a variant's ratio is its time over HanLP's in the
 * same round, reported as the median and the range over the rounds.
 *
 * <pre>
 * java -cp … io.github.tifa.bench.PairedBench PAGES FILES ROUNDS CLI_JAR OUT.md
 * </pre>
 * In one JVM (after a warm-up round): HanLP alone, the pipeline, the pipeline with each writer and
 * with all three (what {@code tifa annotate} does), on one thread and on two, and HanLP alone on two
 * threads (how far two threads can go here at all). As whole processes:
 * HanLP alone ({@link HanLpAlone}), {@code tifa annotate} with all formats (on every processor, and
 * with {@code -t 1}), and with JSON only. Two threads against one is also a ratio within a round:
 * JMH measures them minutes apart, which on a noisy machine says more about the machine.
 */
public final class PairedBench {

    /** One variant: runs once over the corpus and returns the seconds it took. */
    private interface Variant {
        double run() throws Exception;
    }

    static final String START_UP = "tifa annotate, one small page (start-up)";
    /** The start-up the flatness subtracts: one small page, all formats (same fixed costs as ALL). */
    static final String START_UP_ALL = "tifa annotate, all formats, one small page";
    static final String QUARTER = "tifa annotate, all formats, a quarter of the files";
    static final String ALL = "tifa annotate, all formats";
    static final String ALL_ONE_THREAD = "tifa annotate, all formats, one thread";
    static final String WRITERS = "pipeline + all three writers";
    static final String WRITERS_TWO_THREADS = "pipeline + all three writers, two threads";
    static final String HANLP_TWO_THREADS = "HanLP alone, two threads";

    private PairedBench() {
    }

    /** The median over the rounds of base's time over variant's. */
    private static double ratio(Map<String, double[]> times, String base, String variant) {
        return median(divide(times.get(base), times.get(variant)));
    }

    static String targets(Map<String, double[]> jvm, Map<String, double[]> processes, int quarter, long quarterChars,
            long chars) {
        StringBuilder md = new StringBuilder("\n| target (issue 17) | measured | met |\n|---|---|---|\n");
        double all = ratio(processes, "HanLP alone (process)", ALL);
        double json = ratio(processes, "HanLP alone (process)", "tifa annotate, JSON only");
        double pipeline = ratio(jvm, "HanLP alone", "pipeline");
        double startUp = median(processes.get(START_UP));
        double startUpAll = median(processes.get(START_UP_ALL));
        double small = (median(processes.get(QUARTER)) - startUpAll) / quarterChars;
        double large = (median(processes.get(ALL)) - startUpAll) / chars;
        row(md, "tifa annotate, all formats ≥ 0.6× HanLP alone", String.format(Locale.ROOT, "%.3f×", all), all >= 0.6);
        row(md, "tifa annotate, JSON only ≥ 0.7×", String.format(Locale.ROOT, "%.3f×", json), json >= 0.7);
        row(md, "pipeline in one JVM ≥ 0.8×", String.format(Locale.ROOT, "%.3f×", pipeline), pipeline >= 0.8);
        double threadsInJvm = ratio(jvm, WRITERS, WRITERS_TWO_THREADS);
        double[] oneThread = afterStartUp(processes, ALL_ONE_THREAD);
        double[] twoThreads = afterStartUp(processes, ALL);
        double threadsCli = median(divide(oneThread, twoThreads));
        double hanlpThreads = ratio(jvm, "HanLP alone", HANLP_TWO_THREADS);
        row(md, "2 threads ≥ 1.85× one (in one JVM, all three writers; HanLP alone: " + String.format(Locale.ROOT,
                "%.2f×)", hanlpThreads), String.format(Locale.ROOT, "%.2f×", threadsInJvm), threadsInJvm >= 1.85);
        row(md, "2 threads ≥ 1.85× one (tifa annotate, all formats, after start-up)",
                String.format(Locale.ROOT, "%.2f×", threadsCli), threadsCli >= 1.85);
        row(md, "first page ≤ 1.2 s after the command starts", String.format(Locale.ROOT, "%.2f s", startUp),
                startUp <= 1.2);
        row(md, "cost per character flat within ±15 % (" + quarter + " files against all, after start-up)",
                String.format(Locale.ROOT, "%+.0f %%", (large / small - 1) * 100), Math.abs(large / small - 1) <= 0.15);
        return md.toString();
    }

    /** Each round's time of {@code variant} less the same round's start-up (one small page, all formats). */
    private static double[] afterStartUp(Map<String, double[]> processes, String variant) {
        double[] t = processes.get(variant).clone();
        double[] startUp = processes.get(START_UP_ALL);
        for (int i = 0; i < t.length; i++) {
            t[i] -= startUp[i];
        }
        return t;
    }

    /** Round by round, a over b. */
    private static double[] divide(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] / b[i];
        }
        return r;
    }

    private static void row(StringBuilder md, String what, String measured, boolean met) {
        md.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    /**
     * Cost per character without start-up (the one-page run's time, all formats like the runs it is
     * taken from), a quarter of the files against all.
     */
    static String flatness(int files, long chars, int quarter, long quarterChars, Map<String, double[]> times) {
        double startUp = median(times.get(START_UP_ALL));
        double small = (median(times.get(QUARTER)) - startUp) / quarterChars * 1e6;
        double large = (median(times.get(ALL)) - startUp) / chars * 1e6;
        return String.format(Locale.ROOT, "%nCost per character after start-up, all formats: %.2f µs with %d files, %.2f µs with "
                + "%d files (%+.0f %%).%n", small, quarter, large, files, (large / small - 1) * 100);
    }

    public static void main(String[] args) throws Exception {
        Path pagesDir = Path.of(args.length > 0 ? args[0] : "samples");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 640;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path cliJar = Path.of(args.length > 3 ? args[3] : "cli/target/tifa.jar");
        Path report = Path.of(args.length > 4 ? args[4] : "bench/target/paired.md");
        Path work = Files.createTempDirectory("tifa-paired");
        try {
            Path corpus = corpus(pagesDir, files, work.resolve("pages"));
            int quarter = files / 4;
            Path small = corpus(pagesDir, quarter, work.resolve("pages-quarter"));
            long smallChars = chars(PageReader.list("*.txt", small.toString()));
            List<PageReader.Page> pages = PageReader.list("*.txt", corpus.toString());
            long chars = chars(pages);
            Map<String, Variant> inJvm = inJvm(pages, work);
            for (Variant v : inJvm.values()) {
                v.run(); // warm-up: JIT, lexicons, HanLP's dictionaries
            }
            Map<String, double[]> jvmTimes = alternate(inJvm, rounds);
            Map<String, Variant> processes = processes(work, cliJar, corpus, small, pages.get(0).file());
            Map<String, double[]> processTimes = alternate(processes, rounds);

            String md = report(files, chars, rounds, jvmTimes, "HanLP alone", processTimes, "HanLP alone (process)");
            md += flatness(files, chars, quarter, smallChars, processTimes);
            md += targets(jvmTimes, processTimes, quarter, smallChars, chars);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, md);
            System.out.print(md);
        } finally {
            delete(work);
        }
    }

    private static long chars(List<PageReader.Page> pages) throws IOException {
        long chars = 0;
        for (PageReader.Page p : pages) {
            chars += PageReader.read(p.file()).length();
        }
        return chars;
    }

    /** What runs inside this JVM: HanLP alone (one and two threads), the pipeline, with each writer. */
    private static Map<String, Variant> inJvm(List<PageReader.Page> pages, Path work) {
        Map<String, Variant> inJvm = new LinkedHashMap<>();
        inJvm.put("HanLP alone", () -> time(() -> segment(pages, 0, 1)));
        inJvm.put(HANLP_TWO_THREADS, () -> time(() -> {
            Thread second = new Thread(() -> segment(pages, 1, 2));
            second.start();
            segment(pages, 0, 2);
            second.join();
        }));
        inJvm.put("pipeline", batch(pages, work, null, 1));
        inJvm.put("pipeline + JSON", batch(pages, work, EnumSet.of(Batch.Format.json), 1));
        inJvm.put("pipeline + brat", batch(pages, work, EnumSet.of(Batch.Format.brat), 1));
        inJvm.put("pipeline + XMI", batch(pages, work, EnumSet.of(Batch.Format.xmi), 1));
        inJvm.put(WRITERS, batch(pages, work, EnumSet.copyOf(Batch.Format.DEFAULT), 1));
        inJvm.put(WRITERS_TWO_THREADS, batch(pages, work, EnumSet.copyOf(Batch.Format.DEFAULT), 2));
        return inJvm;
    }

    /** What runs as a process of its own: HanLP alone, and the command line as a user starts it. */
    private static Map<String, Variant> processes(Path work, Path cliJar, Path corpus, Path small, Path firstPage) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Path tifa = Path.of("tifa").toAbsolutePath();
        Map<String, Variant> processes = new LinkedHashMap<>();
        // HanLP alone as a user starts it, from the shell with ./tifa's JVM options (bench/hanlp-alone);
        // started with this JVM's java and class path it ran 1.9 times slower, a baseline too kind to tifa
        Path hanlp = Path.of("bench", "hanlp-alone").toAbsolutePath();
        processes.put("HanLP alone (process)", Files.isExecutable(hanlp) ? process(work, hanlp.toString(), corpus.toString())
                : process(work, java, "-cp", cp, HanLpAlone.class.getName(), corpus.toString()));
        processes.put(ALL, process(work, cliCommand(tifa, java, cliJar, corpus, work, null)));
        processes.put(ALL_ONE_THREAD, process(work, cliCommand(tifa, java, cliJar, corpus, work, null, "-t", "1")));
        processes.put("tifa annotate, JSON only", process(work, cliCommand(tifa, java, cliJar, corpus, work, "json")));
        processes.put(START_UP, process(work, cliCommand(tifa, java, cliJar, firstPage, work, "json")));
        processes.put(START_UP_ALL, process(work, cliCommand(tifa, java, cliJar, firstPage, work, null)));
        processes.put(QUARTER, process(work, cliCommand(tifa, java, cliJar, small, work, null)));
        return processes;
    }

    /** The command line a user runs: ./tifa when present (its JVM options), else java -jar. */
    private static List<String> cliCommand(Path tifa, String java, Path jar, Path input, Path work, String format,
            String... more) {
        List<String> cmd = new ArrayList<>(Files.isExecutable(tifa) ? List.of(tifa.toString())
                : List.of(java, "-jar", jar.toString()));
        cmd.addAll(List.of("annotate", input.toString(), "-o", work.resolve("cli-out").toString(), "--no-progress"));
        if (format != null) {
            cmd.addAll(List.of("-f", format));
        }
        cmd.addAll(List.of(more));
        return cmd;
    }

    /**
     * {@code Batch} over the pages on {@code threads} threads, as {@code tifa annotate -t} runs it;
     * with no formats, annotating only.
     */
    private static Variant batch(List<PageReader.Page> pages, Path work, Set<Batch.Format> formats, int threads) {
        return () -> {
            Path out = work.resolve("out");
            delete(out);
            try (Batch batch = new Batch(out, formats == null ? EnumSet.of(Batch.Format.json) : formats).threads(threads)) {
                return time(() -> {
                    if (formats == null) {
                        for (PageReader.Page p : pages) {
                            batch.annotate(p);
                        }
                        return;
                    }
                    for (Batch.Outcome o : batch.run(pages, o -> { })) {
                        if (!o.ok()) {
                            throw new IllegalStateException("failed: " + o.file());
                        }
                    }
                });
            }
        };
    }

    /** HanLP alone on the pages from {@code first}, every {@code step}th. */
    private static void segment(List<PageReader.Page> pages, int first, int step) {
        try {
            for (int i = first; i < pages.size(); i += step) {
                HanLpAlone.segment(PageReader.read(pages.get(i).file()));
            }
        } catch (io.github.tifa.io.PageException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Variant process(Path work, String... command) {
        return process(work, List.of(command));
    }

    private static Variant process(Path work, List<String> command) {
        return () -> {
            delete(work.resolve("cli-out"));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("failed: " + command);
            }
            return (System.nanoTime() - start) / 1e9;
        };
    }

    /** Each round runs every variant once, starting one further along than the round before. */
    private static Map<String, double[]> alternate(Map<String, Variant> variants, int rounds) throws Exception {
        List<String> names = new ArrayList<>(variants.keySet());
        Map<String, double[]> times = new LinkedHashMap<>();
        for (String n : names) {
            times.put(n, new double[rounds]);
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                String n = names.get((r + k) % names.size());
                times.get(n)[r] = variants.get(n).run();
                System.err.printf(Locale.ROOT, "round %d  %-42s %7.2f s%n", r + 1, n, times.get(n)[r]);
            }
        }
        return times;
    }

    private interface Body {
        void run() throws Exception;
    }

    private static double time(Body body) throws Exception {
        System.gc();
        long start = System.nanoTime();
        body.run();
        return (System.nanoTime() - start) / 1e9;
    }

    static String report(int files, long chars, int rounds, Map<String, double[]> jvm, String jvmBase,
            Map<String, double[]> processes, String processBase) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d files, %,d characters (the sample pages copied), %d alternating rounds; "
                + "ratio = HanLP alone's time over the variant's in the same round (higher is faster), median "
                + "and range.%n%n", files, chars, rounds));
        md.append("| variant | median s | chars/s | ratio to HanLP alone | range |\n|---|---:|---:|---:|---|\n");
        rows(md, jvm, jvmBase, chars, "in one JVM: ");
        rows(md, processes, processBase, chars, "");
        return md.toString();
    }

    private static void rows(StringBuilder md, Map<String, double[]> times, String base, long chars, String prefix) {
        double[] b = times.get(base);
        times.forEach((name, t) -> {
            boolean startup = name.equals(START_UP) || name.equals(START_UP_ALL) || name.equals(QUARTER);
            double[] ratios = divide(b, t);
            double median = median(t);
            md.append(String.format(Locale.ROOT, "| %s%s | %.2f | %s | %s | %s |%n", prefix, name, median,
                    startup ? "" : String.format(Locale.ROOT, "%,.0f", chars / median),
                    startup ? "" : String.format(Locale.ROOT, "%.2f", median(ratios)),
                    startup ? "" : String.format(Locale.ROOT, "%.2f–%.2f", Arrays.stream(ratios).min().orElse(0),
                            Arrays.stream(ratios).max().orElse(0))));
        });
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** {@code files} copies of the pages in {@code from}, cycled. */
    static Path corpus(Path from, int files, Path to) throws IOException {
        Files.createDirectories(to);
        List<Path> pages;
        try (Stream<Path> s = Files.list(from)) {
            pages = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < files; i++) {
            Files.copy(pages.get(i % pages.size()), to.resolve(String.format(Locale.ROOT, "page-%04d.txt", i)));
        }
        return to;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
