package io.github.tifa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.apache.uima.UIMAException;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import io.github.tifa.io.BratWriter;
import io.github.tifa.io.JsonLines;
import io.github.tifa.io.JsonWriter;
import io.github.tifa.io.OutputFiles;
import io.github.tifa.io.PageException;
import io.github.tifa.io.PageReader;
import io.github.tifa.io.TifaXmiWriter;
import io.github.tifa.model.Layers;

/**
 * Annotates many pages and writes them, so that a page that fails (unreadable, not UTF-8, empty)
 * is reported with its reason and the others are still written. With {@link #threads(int)} above
 * one, pages are annotated in parallel, one pipeline per thread sharing one set of lexicons; the
 * outcomes (and the lines of a JSON Lines file) still come in page order.
 */
public final class Batch implements AutoCloseable {

    /**
     * Output formats; each is written into its own subdirectory of the output directory. {@code jsonl}
     * is one file for the whole batch, {@code jsonl/pages.jsonl}: a page's JSON object a line.
     */
    public enum Format {
        xmi, brat, json, jsonl;

        /** What {@code tifa annotate} writes when no format is asked for. */
        public static final Set<Format> DEFAULT = Set.of(xmi, brat, json);
    }

    /** What happened to one page. */
    public record Outcome(String file, String id, String error, Map<String, Integer> counts) {
        public boolean ok() {
            return error == null;
        }
    }

    /** One pipeline and its CAS: a thread's own. */
    private record Worker(AnalysisEngine engine, JCas jcas) {
    }

    private final AnalysisEngineDescription pipeline;
    /** The lexicons, loaded once and shared by every worker's pipeline. */
    private final ResourceManager resources = UIMAFramework.newDefaultResourceManager();
    private final List<Worker> workers = new ArrayList<>();
    private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
    private final Path out;
    private final Set<Format> formats;
    private final JsonLines lines;
    private boolean pretty;
    private boolean tokens;
    private boolean bratBlocks;
    private int threads = 1;

    public Batch(Path out, Set<Format> formats) throws UIMAException, IOException {
        this(out, formats, null);
    }

    /** A batch whose pipeline also reads the user's lexicons in {@code lexiconDir} (null: none). */
    public Batch(Path out, Set<Format> formats, Path lexiconDir) throws UIMAException, IOException {
        this.pipeline = lexiconDir == null ? Tifa.pipeline() : Tifa.pipeline(lexiconDir);
        this.out = out;
        this.formats = formats.isEmpty() ? EnumSet.copyOf(Format.DEFAULT) : EnumSet.copyOf(formats);
        idle.add(newWorker()); // fails here, before any page, when the pipeline cannot be built
        this.lines = this.formats.contains(Format.jsonl) ? new JsonLines(out.resolve("jsonl").resolve("pages.jsonl")) : null;
    }

    private Worker newWorker() throws UIMAException {
        AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(pipeline, resources, null);
        Worker w = new Worker(engine, engine.newJCas()); // the pipeline's own type system: no second scan
        synchronized (workers) {
            workers.add(w);
        }
        return w;
    }

    /** Indents JSON and XMI (easier to read, larger); compact by default. */
    public Batch pretty(boolean pretty) {
        this.pretty = pretty;
        return this;
    }

    /**
     * Also writes HanLP's tokens with their part of speech to JSON and JSON Lines, and POS annotations
     * to XMI (which keeps Token and Sentence either way); off by default.
     */
    public Batch tokens(boolean tokens) {
        this.tokens = tokens;
        return this;
    }

    /**
     * Also writes articles and headlines to brat, which draws their label on every line they cover;
     * off by default (every other format has them either way).
     */
    public Batch bratBlocks(boolean bratBlocks) {
        this.bratBlocks = bratBlocks;
        return this;
    }

    /** Annotates up to {@code threads} pages at once in {@link #run}; 1 by default. */
    public Batch threads(int threads) {
        this.threads = Math.max(1, threads);
        return this;
    }

    /** Annotates and writes one page. Never throws for a bad page: the outcome says what went wrong. */
    public Outcome process(PageReader.Page page) {
        Result r = annotateAndWrite(page);
        if (r.line() != null) {
            lines.append(r.line());
        }
        return r.outcome();
    }

    /** A page's outcome and, for JSON Lines, its line (written by the caller, in page order). */
    private record Result(Outcome outcome, byte[] line) {
    }

    private Result annotateAndWrite(PageReader.Page page) {
        Worker w;
        try {
            w = borrow();
        } catch (UIMAException e) {
            return new Result(new Outcome(page.file().toString(), page.id(), page.file() + ": " + describe(e), Map.of()),
                    null);
        }
        JCas jcas = w.jcas();
        try {
            jcas.reset();
            PageReader.load(jcas, page);
            w.engine().process(jcas);
            byte[] line = null;
            for (Format format : formats) {
                Path dir = out.resolve(format.name());
                switch (format) {
                    case xmi -> TifaXmiWriter.write(jcas, dir, pretty, tokens);
                    case brat -> BratWriter.write(jcas, dir, bratBlocks);
                    case json -> JsonWriter.write(jcas, dir, tokens, pretty);
                    case jsonl -> line = JsonLines.line(jcas, tokens);
                }
            }
            return new Result(new Outcome(page.file().toString(), page.id(), null, counts(jcas)), line);
        } catch (PageException e) {
            return new Result(new Outcome(page.file().toString(), page.id(), e.getMessage(), Map.of()), null);
        } catch (IOException | UIMAException | RuntimeException e) {
            return new Result(new Outcome(page.file().toString(), page.id(), page.file() + ": " + describe(e), Map.of()),
                    null);
        } finally {
            idle.add(w);
        }
    }

    /** An idle worker, or a new one while fewer than {@code threads} exist. */
    private Worker borrow() throws UIMAException {
        Worker w = idle.poll();
        if (w != null) {
            return w;
        }
        synchronized (workers) {
            if (workers.size() < threads) {
                return newWorker();
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UIMAException(e);
        }
    }

    /**
     * The files {@code page}'s outputs go to in this batch's formats (JSON Lines, one file for the whole
     * batch, has none of its own).
     */
    public List<Path> outputs(PageReader.Page page) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Format format : formats) {
            Path dir = out.resolve(format.name());
            switch (format) {
                case xmi -> files.add(OutputFiles.target(dir, page.id(), ".xmi"));
                case brat -> {
                    files.add(OutputFiles.target(dir, page.id(), ".txt"));
                    files.add(OutputFiles.target(dir, page.id(), ".ann"));
                }
                case json -> files.add(OutputFiles.target(dir, page.id(), ".json"));
                case jsonl -> {
                }
            }
        }
        return files;
    }

    /**
     * Whether every output of {@code page} is there. Each is renamed into place only when complete, so
     * one that exists is whole: a page a killed run finished need not be annotated again.
     */
    public boolean written(PageReader.Page page) throws IOException {
        List<Path> files = outputs(page);
        return !files.isEmpty() && files.stream().allMatch(Files::isRegularFile);
    }

    /** Deletes the temporary files a killed run left in this batch's output folders; returns them. */
    public List<Path> removeLeftovers() throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Format format : formats) {
            removed.addAll(OutputFiles.removeLeftovers(out.resolve(format.name())));
        }
        return removed;
    }

    /** Annotates one page without writing it (for {@code explain}); the CAS is valid until the next call. */
    public JCas annotate(PageReader.Page page) throws UIMAException, PageException {
        Worker w = borrow();
        try {
            w.jcas().reset();
            PageReader.load(w.jcas(), page);
            w.engine().process(w.jcas());
            return w.jcas();
        } finally {
            idle.add(w);
        }
    }

    /**
     * Processes every page, {@link #threads(int)} at a time, telling {@code each} after each page in
     * page order (on the calling thread).
     */
    public List<Outcome> run(List<PageReader.Page> pages, Consumer<Outcome> each) {
        List<Outcome> outcomes = new ArrayList<>();
        if (threads == 1) {
            for (PageReader.Page page : pages) {
                Outcome outcome = process(page);
                outcomes.add(outcome);
                each.accept(outcome);
            }
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tifa-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Result>> window = new ArrayDeque<>();
            for (PageReader.Page page : pages) {
                window.add(pool.submit(() -> annotateAndWrite(page)));
                if (window.size() >= 2 * threads) {
                    finish(window.poll(), outcomes, each);
                }
            }
            while (!window.isEmpty()) {
                finish(window.poll(), outcomes, each);
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private void finish(Future<Result> future, List<Outcome> outcomes, Consumer<Outcome> each) {
        Result r;
        try {
            r = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (r.line() != null) {
            lines.append(r.line());
        }
        outcomes.add(r.outcome());
        each.accept(r.outcome());
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

    /** Finishes the JSON Lines file (renamed into place only now: never a partial file) and frees the pipelines. */
    @Override
    public void close() throws IOException {
        try {
            if (lines != null) {
                lines.close();
            }
        } finally {
            synchronized (workers) {
                for (Worker w : workers) {
                    w.engine().destroy();
                }
            }
        }
    }
}
