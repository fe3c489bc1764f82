package io.github.tifa.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a made-up page ({@code warm-up.json}) and builds its tables over and over on the second core
 * while the command line is parsed, so that the reader's and the tables' code is loaded and compiled
 * before the corpus is read. Stops when the corpus reading begins, or after {@link #BUDGET_NANOS}.
 */
public final class CorpusWarmUp {
    /** About what parsing the command line takes: longer, and the warm-up would compete with the work. */
    private static final long BUDGET_NANOS = 150_000_000L;
    private static volatile boolean stopped;

    private CorpusWarmUp() {
    }

    /** Starts the warm-up on a daemon thread. */
    public static void inBackground() {
        Thread t = new Thread(CorpusWarmUp::run, "tifa-corpus-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Ends the warm-up: the real reading begins. */
    public static void stop() {
        stopped = true;
    }

    private static void run() {
        byte[] page;
        try (InputStream in = CorpusWarmUp.class.getResourceAsStream("warm-up.json")) {
            page = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return; // only a warm-up
        }
        long until = System.nanoTime() + BUDGET_NANOS;
        while (!stopped && System.nanoTime() < until) {
            CorpusReader reader = new CorpusReader(Manifest.none(), Merges.none());
            reader.read("warm-up.json", page);
            List<Problem> problems = new ArrayList<>();
            CorpusTables.build(reader.pages(), problems);
        }
    }
}
