package io.github.tifa;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.uima.UIMAException;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;

import io.github.tifa.byline.BylineAnnotator;
import io.github.tifa.io.BratWriter;
import io.github.tifa.io.JsonWriter;
import io.github.tifa.io.PageReader;
import io.github.tifa.io.TifaXmiWriter;
import io.github.tifa.meeting.MeetingAnnotator;
import io.github.tifa.person.PersonAnnotator;
import io.github.tifa.reflow.Reflow;
import io.github.tifa.segment.HanLpSegmenter;
import io.github.tifa.slogan.SloganAnnotator;
import io.github.tifa.structure.ArticleAnnotator;
import io.github.tifa.title.TitleAnnotator;

/**
 * The library entry point.
 *
 * <pre>{@code
 * AnalysisEngineDescription tifa = Tifa.pipeline();
 * JCas jcas = Tifa.annotate("本报济宁讯（记者 曹俐）2月20日，……");
 * SimplePipeline.runPipeline(Tifa.reader("pages"), tifa, Tifa.xmiWriter("out"));
 * }</pre>
 */
public final class Tifa {
    private Tifa() {
    }

    /** The full pipeline: reflow, segmentation, structure and the domain annotators, in order. */
    public static AnalysisEngineDescription pipeline() throws ResourceInitializationException {
        try {
            return pipeline(UserLexicons.resources(null, PIPELINE));
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /**
     * The full pipeline with the user's own lexicons from {@code lexiconDir} ({@link UserLexicons}:
     * files named like the built-in ones extend them, or replace them with a first line
     * {@value UserLexicons#REPLACE}).
     */
    public static AnalysisEngineDescription pipeline(Path lexiconDir) throws ResourceInitializationException {
        try {
            return pipeline(UserLexicons.resources(lexiconDir, PIPELINE));
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** The rule annotators, in the order each reads what the one before wrote. */
    private static final List<Class<? extends AnalysisComponent>> RULES = List.of(ArticleAnnotator.class,
            BylineAnnotator.class, PersonAnnotator.class, TitleAnnotator.class, MeetingAnnotator.class,
            SloganAnnotator.class);

    /**
     * The rule annotators alone (articles, bylines, persons, titles, meetings, slogans), sharing
     * the built-in lexicons as in {@link #pipeline()}: for pages that Reflow and the segmenter have
     * already read, such as annotating them again after removing the rules' output.
     */
    public static AnalysisEngineDescription rules() throws ResourceInitializationException {
        try {
            return steps(RULES, UserLexicons.resources(null, RULES));
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** Every step of the pipeline, in order: reflow, segmentation, then the rule annotators. */
    private static final List<Class<? extends AnalysisComponent>> PIPELINE = Stream.concat(
            Stream.of(Reflow.class, HanLpSegmenter.class), RULES.stream()).toList();

    private static AnalysisEngineDescription pipeline(Map<Class<?>, List<Object>> parameters)
            throws ResourceInitializationException {
        return steps(PIPELINE, parameters);
    }

    private static AnalysisEngineDescription steps(List<Class<? extends AnalysisComponent>> classes,
            Map<Class<?>, List<Object>> parameters) throws ResourceInitializationException {
        List<AnalysisEngineDescription> steps = new ArrayList<>();
        TypeSystemDescription types = TypeSystemDescriptionFactory.createTypeSystemDescription(); // scanned once, not per step
        for (Class<? extends AnalysisComponent> step : classes) {
            steps.add(createEngineDescription(step, types, parameters.getOrDefault(step, List.of()).toArray()));
        }
        return createEngineDescription(steps.toArray(AnalysisEngineDescription[]::new));
    }

    /** Reads pages from files and directories (recursively, {@code *.txt}). */
    public static CollectionReaderDescription reader(String... locations) throws ResourceInitializationException {
        return CollectionReaderFactory.createReaderDescription(PageReader.class,
                PageReader.PARAM_SOURCE_LOCATIONS, locations);
    }

    /** Writes XMI and {@code TypeSystem.xml} into {@code dir}. */
    public static AnalysisEngineDescription xmiWriter(String dir) throws ResourceInitializationException {
        return createEngineDescription(TifaXmiWriter.class, TifaXmiWriter.PARAM_TARGET_LOCATION, dir);
    }

    /** Writes brat standoff ({@code .txt} raw text + {@code .ann}) into {@code dir}. */
    public static AnalysisEngineDescription bratWriter(String dir) throws ResourceInitializationException {
        return createEngineDescription(BratWriter.class, BratWriter.PARAM_TARGET_LOCATION, dir);
    }

    /** Writes one JSON file per page into {@code dir}. */
    public static AnalysisEngineDescription jsonWriter(String dir) throws ResourceInitializationException {
        return createEngineDescription(JsonWriter.class, JsonWriter.PARAM_TARGET_LOCATION, dir);
    }

    /** The lexicons of {@link #annotate}'s engines: loaded once, shared by every thread's engine. */
    private static final ResourceManager SHARED = UIMAFramework.newDefaultResourceManager();

    /** One engine per thread: an AnalysisEngine must not process two CASes at once. */
    private static final ThreadLocal<AnalysisEngine> ENGINE = ThreadLocal.withInitial(() -> {
        try {
            return UIMAFramework.produceAnalysisEngine(pipeline(), SHARED, null);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("cannot create the tifa pipeline", e);
        }
    });

    /** Annotates one page of raw text in memory; the result's initial view holds the clean text. */
    public static JCas annotate(String rawText) throws UIMAException {
        return annotate(rawText, "document");
    }

    /** Annotates one page of raw text, naming it {@code documentId} for writers. */
    public static JCas annotate(String rawText, String documentId) throws UIMAException {
        Objects.requireNonNull(rawText, "rawText");
        AnalysisEngine engine = ENGINE.get();
        JCas jcas = engine.newJCas(); // the pipeline's type system, without scanning the class path again
        PageReader.load(jcas, rawText, documentId, null);
        engine.process(jcas);
        return jcas;
    }
}
