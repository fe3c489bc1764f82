package io.github.tifa.io;

import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import io.github.tifa.reflow.Alignments;

/**
 * An annotation's offsets as people and other tools count them: Unicode code points, on the clean
 * text and, through the alignment, on the raw page.
 */
public final class Offsets {
    private final String raw;
    private final Alignments align;
    private final CodePoints cleanCp;
    private final CodePoints rawCp;

    private Offsets(String clean, String raw, Alignments align) {
        this.raw = raw;
        this.align = align;
        this.cleanCp = new CodePoints(clean);
        this.rawCp = new CodePoints(raw);
    }

    /** The offsets of a reflowed CAS (one made by tifa: it has a raw view and an alignment). */
    public static Offsets of(JCas jcas) {
        try {
            String raw = jcas.getView(Alignments.RAW_VIEW).getDocumentText();
            return new Offsets(jcas.getDocumentText(), raw, Alignments.of(jcas));
        } catch (CASException e) {
            throw new IllegalArgumentException("the CAS was not made by tifa: it has no raw view", e);
        }
    }

    public String rawText() {
        return raw;
    }

    public int begin(Annotation a) {
        return cleanCp.of(a.getBegin());
    }

    public int end(Annotation a) {
        return cleanCp.of(a.getEnd());
    }

    public int rawBegin(Annotation a) {
        return rawCp.of(align.rawBegin(a.getBegin(), a.getEnd()));
    }

    public int rawEnd(Annotation a) {
        return rawCp.of(align.rawEnd(a.getBegin(), a.getEnd()));
    }
}
