package io.github.tifa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

import io.github.tifa.Tifa;
import io.github.tifa.io.PageReader;

/** The benchmark's text: the sample pages, cycled until the corpus holds the asked number of characters. */
final class Corpus {
    /** Directory of raw pages; the benchmark runs from the repository root. */
    static final String PAGES = System.getProperty("tifa.pages", "samples");

    private Corpus() {
    }

    static List<String> pages() {
        try (Stream<Path> s = Files.list(Path.of(PAGES))) {
            List<String> pages = new ArrayList<>();
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            if (pages.isEmpty()) {
                throw new IllegalStateException("no pages in " + Path.of(PAGES).toAbsolutePath());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages cycled until they hold at least {@code chars} characters. */
    static List<String> ofSize(int chars) {
        List<String> pages = pages();
        List<String> corpus = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < chars; i++) {
            String p = pages.get(i % pages.size());
            corpus.add(p);
            total += p.length();
        }
        return corpus;
    }

    static long chars(List<String> pages) {
        long n = 0;
        for (String p : pages) {
            n += p.length();
        }
        return n;
    }

    /** Fully annotated CASes of the pages. */
    static List<JCas> annotated(List<String> pages) throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(Tifa.pipeline());
        List<JCas> result = new ArrayList<>();
        int i = 0;
        for (String page : pages) {
            JCas jcas = JCasFactory.createJCas();
            PageReader.load(jcas, page, "page-" + i++, null);
            engine.process(jcas);
            result.add(jcas);
        }
        return result;
    }
}
