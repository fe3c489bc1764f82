package io.github.tifa.reflow;

import java.util.Arrays;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.IntegerArray;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import io.github.tifa.type.Alignment;
import io.github.tifa.type.LayoutBlock;
import io.github.tifa.type.LayoutLine;

/**
 * Reflows the raw page text of view {@value Alignments#RAW_VIEW} into clean text in the initial
 * view, removing only layout: line breaks inside paragraphs, blank lines at column breaks,
 * indentation and justification spaces. Everything kept is kept verbatim (up to the one-for-one
 * fixes of {@link CharFold}), and an {@link Alignment} records where each clean character came from.
 *
 * <p>Which lines join, which are headlines and where articles begin is {@link PageLayout}'s model
 * of the page; this annotator builds the clean text from it and writes it into view raw, a
 * {@link LayoutLine} per non-blank line (its kind, how it breaks, its width and column) and a
 * {@link LayoutBlock} per column block and headline block, for the rules that follow. Spaces between Han characters
 * are justification, except in a credit (记者 曹俐).
 */
@TypeCapability(outputs = {"io.github.tifa.type.Alignment", "io.github.tifa.type.LayoutLine",
        "io.github.tifa.type.LayoutBlock"})
public class Reflow extends CreditLineAnnotator {

    /** Punctuation that ends a credit; a colon does not (记者：郭明 赵晖). */
    private static final String CREDIT_END = "，。！？；、,.;!?“”\"";

    /** The result of a reflow: clean text, its alignment runs, and the layout it was built from. */
    public record Result(String clean, int[] cleanBegins, int[] rawBegins, int rawLength, PageLayout layout) {
        public Alignments alignments() {
            return new Alignments(cleanBegins, rawBegins, clean.length(), rawLength);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        JCas rawView;
        try {
            rawView = jcas.getView(Alignments.RAW_VIEW);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(new IllegalStateException(
                    "no view '" + Alignments.RAW_VIEW + "': load pages with PageReader or Tifa.annotate", e));
        }
        String raw = rawView.getDocumentText() == null ? "" : rawView.getDocumentText();
        Result result = reflow(raw, vocabulary);
        addLayout(rawView, result.layout());
        jcas.setDocumentText(result.clean());
        if (jcas.getDocumentLanguage() == null || "x-unspecified".equals(jcas.getDocumentLanguage())) {
            jcas.setDocumentLanguage("zh");
        }
        Alignment alignment = new Alignment(jcas);
        alignment.setCleanBegins(IntegerArray.create(jcas, result.cleanBegins()));
        alignment.setRawBegins(IntegerArray.create(jcas, result.rawBegins()));
        alignment.setRawLength(result.rawLength());
        alignment.addToIndexes();
        for (DocumentMetaData meta : JCasUtil.select(jcas, DocumentMetaData.class)) {
            meta.removeFromIndexes();
            meta.setBegin(0);
            meta.setEnd(result.clean().length());
            meta.addToIndexes();
        }
    }

    /** Writes what the layout says of each line and block into the raw view, for the rules that follow. */
    private static void addLayout(JCas rawView, PageLayout layout) {
        List<PageLayout.Line> lines = layout.textLines();
        for (int i = 0; i < lines.size(); i++) {
            PageLayout.Line line = lines.get(i);
            LayoutLine annotation = new LayoutLine(rawView, line.contentStart(), line.contentEnd());
            annotation.setKind(line.kind().name());
            annotation.setBreakAfter(layout.breakAfter(i).name());
            annotation.setWidth(line.width());
            annotation.setColumn(line.column());
            annotation.setSpacedOut(line.spacedOut());
            annotation.addToIndexes();
        }
        addBlocks(rawView, lines, layout.columnBlocks(), "COLUMN");
        addBlocks(rawView, lines, layout.headlineBlocks(), "HEADLINE");
    }

    private static void addBlocks(JCas rawView, List<PageLayout.Line> lines, List<PageLayout.Block> blocks,
            String kind) {
        for (PageLayout.Block block : blocks) {
            LayoutBlock annotation = new LayoutBlock(rawView, lines.get(block.first()).contentStart(),
                    lines.get(block.last()).contentEnd());
            annotation.setKind(kind);
            annotation.addToIndexes();
        }
    }

    /** Reflows {@code raw} with the built-in byline lexicons. */
    public static Result reflow(String raw) {
        return reflow(raw, PageLayout.Vocabulary.builtIn());
    }

    /** Reflows {@code raw}; pure function, used by the annotator and by tests. */
    public static Result reflow(String raw, PageLayout.Vocabulary vocabulary) {
        PageLayout layout = PageLayout.of(raw, vocabulary);
        List<PageLayout.Line> text = layout.textLines();
        Emitter out = new Emitter(raw);
        int paragraphStart = 0;
        for (int i = 0; i < text.size(); i++) {
            PageLayout.Break brk = layout.breakAfter(i);
            if (brk != PageLayout.Break.JOIN) {
                emitParagraph(out, raw, text.subList(paragraphStart, i + 1), vocabulary);
                paragraphStart = i + 1;
                if (brk == PageLayout.Break.LINE) {
                    out.keep(text.get(i).terminator);
                } else if (brk == PageLayout.Break.PARA) {
                    out.keep(text.get(i).terminator);
                    out.keep(layout.lines().get(text.get(i + 1).index - 1).terminator);
                }
            }
        }
        return out.result(layout);
    }

    private static void emitParagraph(Emitter out, String raw, List<PageLayout.Line> paragraph,
            PageLayout.Vocabulary vocabulary) {
        // raw indices of the paragraph's content, lines joined
        int size = 0;
        for (PageLayout.Line line : paragraph) {
            size += line.contentEnd - line.contentStart;
        }
        int[] idx = new int[size];
        boolean[] spacedLine = new boolean[size];
        boolean[] headlineLine = new boolean[size];
        int k = 0;
        for (PageLayout.Line line : paragraph) {
            for (int r = line.contentStart; r < line.contentEnd; r++) {
                spacedLine[k] = line.spacedOut;
                headlineLine[k] = line.isHeadline();
                idx[k++] = r;
            }
        }
        int start = skipMarks(vocabulary, raw, idx, 0);
        // a credit opens the paragraph (本报记者 王五), or follows its dateline (本报讯 记者 王燕8月23日)
        boolean creditLine = startsWithRole(vocabulary, raw, idx, start) || creditAfterDateline(vocabulary, raw, idx, start)
                || paragraph.size() == 1 && paragraph.get(0).credit; // 韩  雪 alone: a closing credit
        boolean inBylineBracket = false;
        for (int p = 0; p < size; p++) {
            char c = raw.charAt(idx[p]);
            if (c == '（' || c == '(') {
                inBylineBracket = startsWithRole(vocabulary, raw, idx, skipSpaces(raw, idx, p + 1));
            } else if (c == '）' || c == ')') {
                inBylineBracket = false;
            } else if (CREDIT_END.indexOf(c) >= 0) {
                creditLine = false; // a credit is names and roles; punctuation ends it
            }
            if (!isSpace(c)) {
                out.keep(idx[p]);
                continue;
            }
            int q = p;
            while (q < size && isSpace(raw.charAt(idx[q]))) {
                q++;
            }
            // a whitespace run is inside a line here: contents are trimmed, and joins drop the break
            boolean keep;
            if ((creditLine || inBylineBracket) && CREDIT_END.indexOf(raw.charAt(idx[q])) < 0) {
                keep = true;
            } else if (spacedLine[p]) {
                keep = false;
            } else if (headlineLine[p] && Character.isLetterOrDigit(raw.charAt(idx[p - 1]))
                    && Character.isLetterOrDigit(raw.charAt(idx[q]))) {
                keep = true; // a space in a headline separates its parts (孙立琳 杨兰英 段林强出席)
            } else {
                keep = isAsciiWord(raw.charAt(idx[p - 1])) && isAsciiWord(raw.charAt(idx[q]));
            }
            if (keep && contiguous(idx, p, q)) {
                for (int s = p; s < q; s++) {
                    out.keep(idx[s]);
                }
            }
            p = q - 1;
        }
    }

    private static boolean contiguous(int[] idx, int from, int to) {
        return idx[to - 1] - idx[from] == to - 1 - from;
    }

    private static int skipMarks(PageLayout.Vocabulary vocabulary, String raw, int[] idx, int p) {
        while (p < idx.length && (vocabulary.marks().has(raw.charAt(idx[p])) || isSpace(raw.charAt(idx[p])))) {
            p++;
        }
        return p;
    }

    private static int skipSpaces(String raw, int[] idx, int p) {
        while (p < idx.length && isSpace(raw.charAt(idx[p]))) {
            p++;
        }
        return p;
    }

    /** 本报讯 记者 王燕: a dateline's kind (讯, 电), spaces, then a role and a space. */
    private static boolean creditAfterDateline(PageLayout.Vocabulary vocabulary, String raw, int[] idx, int p) {
        StringBuilder window = new StringBuilder();
        for (int i = p; i < Math.min(idx.length, p + 24); i++) {
            window.append(raw.charAt(idx[i]));
        }
        String w = window.toString();
        if (!vocabulary.startsDateline(w, 0, w.length())) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            int kind = vocabulary.kindAt(w, i);
            if (kind > 0) {
                int q = i + kind;
                while (q < w.length() && isSpace(w.charAt(q))) {
                    q++;
                }
                return q > i + kind && vocabulary.startsWithRole(w, q, w.length());
            }
        }
        return false;
    }

    /** A role word and a space at {@code idx[p]}, read across the paragraph's joined lines. */
    private static boolean startsWithRole(PageLayout.Vocabulary vocabulary, String raw, int[] idx, int p) {
        if (p >= idx.length) {
            return false;
        }
        StringBuilder window = new StringBuilder();
        for (int i = p; i < Math.min(idx.length, p + 12); i++) {
            window.append(raw.charAt(idx[i]));
        }
        return vocabulary.startsWithRole(window.toString(), 0, window.length());
    }

    static boolean isSpace(char c) {
        return PageLayout.isSpace(c);
    }

    private static boolean isAsciiWord(char c) {
        char f = CharFold.fold(c);
        return f < 0x80 && (Character.isLetterOrDigit(f) || ".,:;%/+-&'\"".indexOf(f) >= 0);
    }

    // ---------------------------------------------------------------- output

    private static final class Emitter {
        private final String raw;
        private final StringBuilder clean;
        private int[] cleanBegins = new int[16];
        private int[] rawBegins = new int[16];
        private int runs;
        private int lastRaw = -2;

        Emitter(String raw) {
            this.raw = raw;
            this.clean = new StringBuilder(raw.length());
        }

        void keep(int rawIndex) {
            if (rawIndex != lastRaw + 1 || runs == 0) {
                if (runs == cleanBegins.length) {
                    cleanBegins = Arrays.copyOf(cleanBegins, runs * 2);
                    rawBegins = Arrays.copyOf(rawBegins, runs * 2);
                }
                cleanBegins[runs] = clean.length();
                rawBegins[runs] = rawIndex;
                runs++;
            }
            clean.append(CharFold.fold(raw.charAt(rawIndex)));
            lastRaw = rawIndex;
        }

        Result result(PageLayout layout) {
            return new Result(clean.toString(), Arrays.copyOf(cleanBegins, runs), Arrays.copyOf(rawBegins, runs),
                    raw.length(), layout);
        }
    }
}
