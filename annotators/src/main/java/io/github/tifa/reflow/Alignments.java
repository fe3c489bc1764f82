package io.github.tifa.reflow;

import java.util.Arrays;

import org.apache.uima.cas.CASException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.IntegerArray;

import io.github.tifa.type.Alignment;

/**
 * Maps offsets of the clean text back to the raw text, reading the {@link Alignment} that
 * {@link Reflow} stores in the CAS. Offsets are UTF-16 units on both sides.
 */
public final class Alignments {
    /** Name of the view that holds the raw page text. */
    public static final String RAW_VIEW = "raw";

    private final int[] cleanBegins;
    private final int[] rawBegins;
    private final int cleanLength;
    private final int rawLength;

    public Alignments(int[] cleanBegins, int[] rawBegins, int cleanLength, int rawLength) {
        this.cleanBegins = cleanBegins;
        this.rawBegins = rawBegins;
        this.cleanLength = cleanLength;
        this.rawLength = rawLength;
    }

    /**
     * The view {@value #RAW_VIEW} of a page's CAS: the raw page and the layout Reflow wrote.
     *
     * @throws IllegalStateException when the CAS has none (not loaded with PageReader or Tifa.annotate)
     */
    public static JCas rawView(JCas jcas) {
        try {
            return jcas.getView(RAW_VIEW);
        } catch (CASException e) {
            throw new IllegalStateException("no view '" + RAW_VIEW + "': load pages with PageReader or Tifa.annotate", e);
        }
    }

    /** Reads the alignment of a reflowed CAS (the clean view or any other view of it). */
    public static Alignments of(JCas jcas) {
        try {
            JCas clean = jcas.getView(org.apache.uima.cas.CAS.NAME_DEFAULT_SOFA);
            Alignment a = JCasUtil.selectSingle(clean, Alignment.class);
            return new Alignments(toArray(a.getCleanBegins()), toArray(a.getRawBegins()),
                    clean.getDocumentText().length(), a.getRawLength());
        } catch (CASException e) {
            throw new IllegalStateException("CAS has no clean view; run Reflow first", e);
        }
    }

    private static int[] toArray(IntegerArray array) {
        return array == null ? new int[0] : array.toArray();
    }

    /** Raw offset of the clean character at {@code cleanOffset}. */
    public int toRaw(int cleanOffset) {
        if (cleanOffset < 0 || cleanOffset >= cleanLength) {
            throw new IndexOutOfBoundsException("clean offset " + cleanOffset + " of " + cleanLength);
        }
        int run = Arrays.binarySearch(cleanBegins, cleanOffset);
        if (run < 0) {
            run = -run - 2;
        }
        return rawBegins[run] + cleanOffset - cleanBegins[run];
    }

    /** Raw begin of a clean span [begin, end). */
    public int rawBegin(int begin, int end) {
        if (begin >= end) {
            return begin >= cleanLength ? rawLength : toRaw(begin);
        }
        return toRaw(begin);
    }

    /** Raw end (exclusive) of a clean span [begin, end): just after the raw char of its last char. */
    public int rawEnd(int begin, int end) {
        if (begin >= end) {
            return rawBegin(begin, end);
        }
        return toRaw(end - 1) + 1;
    }

    /**
     * How many clean characters come from raw characters before {@code rawOffset}: the clean begin of a
     * span starting at that raw offset, or the clean end of one ending there.
     */
    public int toClean(int rawOffset) {
        int run = Arrays.binarySearch(rawBegins, rawOffset);
        if (run >= 0) {
            return cleanBegins[run];
        }
        run = -run - 2;
        if (run < 0) {
            return 0;
        }
        int runLength = (run + 1 < cleanBegins.length ? cleanBegins[run + 1] : cleanLength) - cleanBegins[run];
        return cleanBegins[run] + Math.min(rawOffset - rawBegins[run], runLength);
    }

    public int cleanLength() {
        return cleanLength;
    }

    public int rawLength() {
        return rawLength;
    }
}
