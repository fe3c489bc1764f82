package io.github.tifa.segment;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Splits the clean text into DKPro {@link Sentence}s (at 。！？ and line ends) and {@link Token}s with
 * HanLP's part of speech in {@code pos}/{@code PosValue} (HanLP's tag set: {@code nr} person,
 * {@code ns} place, {@code nt} organisation, …). The text is fed to HanLP one bounded chunk at a
 * time, so a page without punctuation stays linear.
 */
@TypeCapability(outputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS"})
public class HanLpSegmenter extends JCasAnnotator_ImplBase {

    /** Longest piece of text given to HanLP at once, in UTF-16 units; longer sentences are cut. */
    public static final String PARAM_MAX_CHUNK = "maxChunk";
    @ConfigurationParameter(name = PARAM_MAX_CHUNK, mandatory = false, defaultValue = "2000")
    private int maxChunk;

    /** Whether to add a {@link POS} annotation for each token. */
    public static final String PARAM_WRITE_POS = "writePos";
    @ConfigurationParameter(name = PARAM_WRITE_POS, mandatory = false, defaultValue = "true")
    private boolean writePos;

    /** HanLP configuration calls are not thread-safe: configure once here, then share read-only. */
    private static final class Shared {
        static final Segment SEGMENT = HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(false);
    }

    /**
     * Loads HanLP's dictionaries on a background thread (the first segmentation does), so that a
     * program that starts by building its pipeline pays for them once, in parallel.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try (java.io.InputStream in = HanLpSegmenter.class.getResourceAsStream("warm-up.txt")) {
                // a made-up sentence with a name: loads the core, bigram and person dictionaries
                Shared.SEGMENT.seg(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException | RuntimeException e) {
                // only a warm-up: the first page loads what is missing
            }
        }, "tifa-hanlp-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The configured segmenter, shared by every instance in this JVM. */
    public static Segment segment() {
        return Shared.SEGMENT;
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null) {
            return;
        }
        Sentences.split(text, (begin, end) -> {
            new Sentence(jcas, begin, end).addToIndexes();
            for (int from = begin; from < end; ) {
                int to = Math.min(end, from + maxChunk);
                if (to < end && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--;
                }
                tokenize(jcas, text, from, to);
                from = to;
            }
        });
    }

    private void tokenize(JCas jcas, String text, int from, int to) {
        List<Term> terms = Shared.SEGMENT.seg(text.substring(from, to));
        Token previous = null;
        for (Term term : terms) {
            int begin = from + term.offset;
            int end = begin + term.word.length();
            if (previous != null && begin < text.length() && begin > 0 && Character.isLowSurrogate(text.charAt(begin))
                    && previous.getEnd() == begin) {
                // HanLP may cut between the two halves of a character outside the BMP: keep it whole
                previous.removeFromIndexes();
                previous.setEnd(end);
                previous.addToIndexes();
                continue;
            }
            if (isBlank(text, begin, end)) {
                continue;
            }
            Token token = new Token(jcas, begin, end);
            if (writePos) {
                POS pos = new POS(jcas, begin, end);
                pos.setPosValue(term.nature == null ? null : term.nature.toString());
                pos.addToIndexes();
                token.setPos(pos);
            }
            token.addToIndexes();
            previous = token;
        }
    }

    private static boolean isBlank(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
