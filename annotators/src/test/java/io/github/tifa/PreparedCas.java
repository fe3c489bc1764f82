package io.github.tifa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.io.PageReader;
import io.github.tifa.reflow.Reflow;
import io.github.tifa.segment.HanLpSegmenter;
import io.github.tifa.structure.ArticleAnnotator;
import io.github.tifa.type.Article;

/**
 * A CAS prepared by hand for one component, in the style of DKPro Core's component tests: the
 * clean text and its tokens written as {@code 词/pos} separated by spaces, one Article over it all,
 * so that a rule annotator is tested alone, without reflow or HanLP.
 */
public final class PreparedCas {
    private PreparedCas() {
    }

    /** {@code "市政府/nt 召开/v 常务/b 会议/n 。/w"}: text 市政府召开常务会议。 with those five tokens. */
    public static JCas tokens(String spec) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        StringBuilder text = new StringBuilder();
        for (String word : spec.trim().split(" +")) {
            int slash = word.lastIndexOf('/');
            String form = slash > 0 ? word.substring(0, slash) : word;
            int begin = text.length();
            text.append(form);
            Token token = new Token(jcas, begin, text.length());
            if (slash > 0) {
                POS pos = new POS(jcas, begin, text.length());
                pos.setPosValue(word.substring(slash + 1));
                pos.addToIndexes();
                token.setPos(pos);
            }
            token.addToIndexes();
        }
        jcas.setDocumentText(text.toString());
        jcas.setDocumentLanguage("zh");
        new Article(jcas, 0, text.length()).addToIndexes();
        return jcas;
    }

    /** Clean text alone, spaces kept, with one Article over it: for components that read no tokens. */
    public static JCas text(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("zh");
        new Article(jcas, 0, text.length()).addToIndexes();
        return jcas;
    }

    /**
     * A raw page as {@code PageReader} loads it, reflowed by {@link Reflow} alone: clean text,
     * alignment and the page layout (view raw), no tokens; for the structure and byline rules.
     */
    public static JCas reflowed(String raw) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        PageReader.load(jcas, raw, "page", null);
        return run(jcas, Reflow.class);
    }

    /** Engines of the components tests run on pages, each built once per test JVM (HanLP loads once). */
    private static final Map<Class<? extends AnalysisComponent>, AnalysisEngine> ENGINES = new HashMap<>();

    private static synchronized AnalysisEngine engine(Class<? extends AnalysisComponent> component) throws Exception {
        AnalysisEngine engine = ENGINES.get(component);
        if (engine == null) {
            engine = AnalysisEngineFactory.createEngine(component);
            ENGINES.put(component, engine);
        }
        return engine;
    }

    /**
     * A raw page reflowed, segmented by HanLP and split into articles, then {@code components}
     * in order, and no other rule: for a rule component and the components that write its inputs
     * (bylines before persons, persons before titles, meetings before slogans).
     */
    @SafeVarargs
    public static JCas segmented(String raw, Class<? extends AnalysisComponent>... components) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        PageReader.load(jcas, raw, "page", null);
        for (Class<? extends AnalysisComponent> step : List.of(Reflow.class, HanLpSegmenter.class, ArticleAnnotator.class)) {
            engine(step).process(jcas);
        }
        for (Class<? extends AnalysisComponent> component : components) {
            engine(component).process(jcas);
        }
        return jcas;
    }

    /** Runs {@code component} alone (its built-in lexicons) over {@code jcas}. */
    public static JCas run(JCas jcas, Class<? extends AnalysisComponent> component, Object... parameters)
            throws Exception {
        AnalysisEngineFactory.createEngine(component, parameters).process(jcas);
        return jcas;
    }

    /** The covered texts of the annotations of {@code type}, in order. */
    public static <T extends Annotation> List<String> covered(JCas jcas, Class<T> type) {
        return JCasUtil.select(jcas, type).stream().map(Annotation::getCoveredText).toList();
    }
}
