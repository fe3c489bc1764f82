package io.github.tifa.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

import io.github.tifa.Tifa;
import io.github.tifa.io.BratWriter;
import io.github.tifa.io.PageReader;

/**
 * Runs tifa on raw pages and scores the result against brat gold. A gold file {@code <id>.ann} is
 * paired with the page whose id (file name without {@code .txt}) is the same; the gold directory's
 * own {@code <id>.txt} is used when no page is given, and must equal the page when both exist.
 */
public final class Evaluator {

    /** Everything one evaluation run produced. */
    public record Result(Evaluation evaluation, Reports.Header header, Map<String, String> rawTexts,
            Map<String, List<BratAnn.Span>[]> spans) {
    }

    private Evaluator() {
    }

    /** Evaluates tifa on the pages (files or directories; empty = the gold directory's own texts). */
    public static Result run(Path goldDir, List<String> pages) throws IOException, UIMAException {
        return run(goldDir, pages, null);
    }

    /** As {@link #run(Path, List)}, with the user's lexicons in {@code lexiconDir} (null: none). */
    public static Result run(Path goldDir, List<String> pages, Path lexiconDir) throws IOException, UIMAException {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(
                lexiconDir == null ? Tifa.pipeline() : Tifa.pipeline(lexiconDir));
        List<Path> golds;
        try (Stream<Path> files = Files.list(goldDir)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        if (golds.isEmpty()) {
            throw new IOException(goldDir + ": no gold .ann files; expected brat standoff files <id>.ann");
        }
        Map<String, Path> pageFiles = new LinkedHashMap<>();
        if (!pages.isEmpty()) {
            for (PageReader.Page page : PageReader.list("*.txt", pages.toArray(String[]::new))) {
                pageFiles.put(page.id(), page.file());
            }
        }
        Scored scored = new Scored();
        for (Path gold : golds) {
            String name = gold.getFileName().toString();
            String id = name.substring(0, name.length() - 4);
            Path goldText = goldDir.resolve(id + ".txt");
            Path page = pageFiles.getOrDefault(id, pages.isEmpty() ? goldText : null);
            if (page != null) { // else this gold file's page was not asked for
                scored.add(engine, id, gold, goldText, page);
            }
        }
        List<Scorer.Document> documents = scored.documents;
        if (documents.isEmpty()) {
            throw new IOException("none of the pages " + pages + " has a gold file in " + goldDir);
        }
        Evaluation evaluation = Scorer.score(documents);
        Reports.Header header = new Reports.Header(gitCommit(goldDir), hash(golds), goldDir.toString(),
                documents.size(), scored.goldSpans, scored.systemSpans);
        return new Result(evaluation, header, scored.rawTexts, scored.spans);
    }

    /** The pages annotated and paired with their gold so far. */
    private static final class Scored {
        private final List<Scorer.Document> documents = new ArrayList<>();
        private final Map<String, String> rawTexts = new LinkedHashMap<>();
        private final Map<String, List<BratAnn.Span>[]> spans = new LinkedHashMap<>();
        private int goldSpans;
        private int systemSpans;

        /** Annotates {@code page} and pairs it with the gold of {@code gold}, whose text must be the same page. */
        void add(AnalysisEngine engine, String id, Path gold, Path goldText, Path page)
                throws IOException, UIMAException {
            String raw = read(page);
            if (Files.exists(goldText) && !page.equals(goldText) && !read(goldText).equals(raw)) {
                throw new IOException(page + " differs from " + goldText
                        + ": gold offsets refer to the gold's own text; expected the same page");
            }
            BratAnn goldAnn = BratAnn.parse(Files.readString(gold, StandardCharsets.UTF_8), gold.toString());
            JCas jcas = JCasFactory.createJCas();
            PageReader.load(jcas, raw, id, page.toUri().toString());
            engine.process(jcas);
            BratAnn systemAnn = BratAnn.parse(BratWriter.annotations(jcas, raw), "system:" + id);
            documents.add(new Scorer.Document(id, raw, goldAnn, systemAnn));
            rawTexts.put(id, raw);
            @SuppressWarnings("unchecked")
            List<BratAnn.Span>[] pair = new List[] {goldAnn.spans(), systemAnn.spans()};
            spans.put(id, pair);
            goldSpans += goldAnn.spans().size();
            systemSpans += systemAnn.spans().size();
        }
    }

    /** Writes the four report files into {@code out}. */
    public static void writeReports(Result result, Path out) throws IOException {
        Reports.write(out, result.header(), result.evaluation(), result.rawTexts(), result.spans());
    }

    private static String read(Path page) throws IOException {
        return PageReader.read(page); // strict UTF-8, errors naming the file, as for annotate
    }

    /** SHA-256 over the gold files' names and contents, so a report names the gold it used. */
    static String hash(List<Path> golds) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path g : golds) {
                digest.update(g.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(g));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The git commit of the checkout that holds {@code dir}, or "unknown" outside git. */
    static String gitCommit(Path dir) {
        try {
            Process p = new ProcessBuilder("git", "-C", dir.toAbsolutePath().toString(), "describe", "--always",
                    "--dirty").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
