package io.github.tifa.reflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.IntegerArray;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import io.github.tifa.model.Punctuation;
import io.github.tifa.type.Alignment;
import io.github.tifa.type.Credit;
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
        "io.github.tifa.type.LayoutBlock", "io.github.tifa.type.Credit"})
public class Reflow extends CreditLineAnnotator {

    /** A credit the grammar found, in raw offsets. */
    public record RawCredit(int begin, int end, CreditGrammar.Position position) {
    }

    /** The result of a reflow: clean text, its alignment runs, and the layout it was built from. */
    public record Result(String clean, int[] cleanBegins, int[] rawBegins, int rawLength, PageLayout layout,
            List<RawCredit> credits) {
        public Alignments alignments() {
            return new Alignments(cleanBegins, rawBegins, clean.length(), rawLength);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        JCas rawView = Alignments.rawView(jcas);
        String raw = rawView.getDocumentText() == null ? "" : rawView.getDocumentText();
        Result result = reflow(raw, grammar);
        addLayout(rawView, result.layout());
        for (RawCredit credit : result.credits()) {
            Credit annotation = new Credit(rawView, credit.begin(), credit.end());
            annotation.setPosition(credit.position().name());
            annotation.addToIndexes();
        }
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
        List<RawLine> lines = layout.textLines();
        for (int i = 0; i < lines.size(); i++) {
            RawLine line = lines.get(i);
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

    private static void addBlocks(JCas rawView, List<RawLine> lines, List<PageLayout.Block> blocks,
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
        return reflow(raw, CreditGrammar.builtIn());
    }

    /** Reflows {@code raw}, finding credits with {@code grammar}; pure function, used by the annotator and by tests. */
    public static Result reflow(String raw, CreditGrammar grammar) {
        PageLayout layout = PageLayout.of(raw, grammar.vocabulary());
        List<RawLine> text = layout.textLines();
        Emitter out = new Emitter(raw);
        int paragraphStart = 0;
        for (int i = 0; i < text.size(); i++) {
            PageLayout.Break brk = layout.breakAfter(i);
            if (brk != PageLayout.Break.JOIN) {
                // a name alone credits only where its article ends: before a headline, an opening line or the page end
                boolean closing = i + 1 == text.size() || text.get(i + 1).isHeadline() || text.get(i + 1).kind().opensArticle();
                emitParagraph(out, raw, text.subList(paragraphStart, i + 1), grammar, closing);
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

    /** A paragraph's raw lines joined: each character's raw index, and the text as the rules will read it. */
    private record Joined(int[] idx, boolean[] spacedLine, boolean[] headlineLine, String text) {
        static Joined of(String raw, List<RawLine> paragraph) {
            int size = 0;
            for (int l = 0; l < paragraph.size(); l++) {
                RawLine line = paragraph.get(l);
                size += line.contentEnd - line.contentStart + (l + 1 < paragraph.size() && separator(raw, line, paragraph.get(l + 1)) >= 0 ? 1 : 0);
            }
            int[] idx = new int[size];
            boolean[] spacedLine = new boolean[size];
            boolean[] headlineLine = new boolean[size];
            StringBuilder text = new StringBuilder(size);
            int k = 0;
            for (int l = 0; l < paragraph.size(); l++) {
                RawLine line = paragraph.get(l);
                for (int r = line.contentStart; r < line.contentEnd; r++) {
                    spacedLine[k] = line.spacedOut;
                    headlineLine[k] = line.isHeadline();
                    text.append(CharFold.fold(raw.charAt(r)));
                    idx[k++] = r;
                }
                int space = l + 1 < paragraph.size() ? separator(raw, line, paragraph.get(l + 1)) : -1;
                if (space >= 0) { // never after the last line
                    spacedLine[k] = line.spacedOut;
                    headlineLine[k] = line.isHeadline();
                    text.append(raw.charAt(space));
                    idx[k++] = space;
                }
            }
            return new Joined(idx, spacedLine, headlineLine, text.toString());
        }
    }

    /**
     * Where the space is that separates two parts of a credit across a line break, or -1: before the break in
     * a bracket left open (（王芳 ⏎李  明）: two names), or at the start of a credit's next line (记者：王五 赵六⏎
     * 通讯员：孙七: a name and the next role).
     */
    private static int separator(String raw, RawLine line, RawLine next) {
        if (RawLine.leavesBracketOpen(line) && line.contentEnd < raw.length() && raw.charAt(line.contentEnd) == ' ') {
            return line.contentEnd;
        }
        return next.continuesCredit && next.contentStart > 0 && raw.charAt(next.contentStart - 1) == ' ' ? next.contentStart - 1 : -1;
    }

    private static void emitParagraph(Emitter out, String raw, List<RawLine> paragraph, CreditGrammar grammar,
            boolean endsArticle) {
        Joined joined = Joined.of(raw, paragraph);
        int[] idx = joined.idx();
        int size = idx.length;
        // the spaces inside a credit separate names (记者 赵国栋 孙丽, 张  三): they stay
        boolean[] inCredit = new boolean[size];
        for (CreditGrammar.Credit credit : grammar.find(joined.text(), 0, size, out.endsBody(), endsArticle)) {
            Arrays.fill(inCredit, credit.begin(), credit.end(), true);
            out.credit(idx[credit.begin()], idx[credit.end() - 1] + 1, credit.position());
        }
        for (int p = 0; p < size; p++) {
            char c = raw.charAt(idx[p]);
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
            if (inCredit[p] && Character.isLetterOrDigit(raw.codePointAt(idx[q]))) {
                keep = true; // between names and roles, not before a bracket (本报讯 （记者 王五）)
            } else if (joined.spacedLine()[p]) {
                keep = false;
            } else if (joined.headlineLine()[p] && Character.isLetterOrDigit(raw.charAt(idx[p - 1]))
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

    static boolean isSpace(char c) {
        return RawLine.isSpace(c);
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
        private final List<RawCredit> credits = new ArrayList<>();

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

        void credit(int rawBegin, int rawEnd, CreditGrammar.Position position) {
            credits.add(new RawCredit(rawBegin, rawEnd, position));
        }

        /** The clean text so far ends a sentence (a name alone after it is a credit: 秦 越). */
        boolean endsSentence() {
            int i = clean.length();
            while (i > 0 && Character.isWhitespace(clean.charAt(i - 1))) {
                i--;
            }
            return i > 0 && Punctuation.SENTENCE_STOPS.has(clean.charAt(i - 1));
        }

        /** The text so far ends a sentence or a credit (……。⏎（王芳）⏎■李明: both close the body). */
        boolean endsBody() {
            if (endsSentence()) {
                return true;
            }
            int last = lastRaw;
            while (last >= 0 && Character.isWhitespace(raw.charAt(last))) {
                last--;
            }
            return !credits.isEmpty() && credits.get(credits.size() - 1).end() == last + 1;
        }

        Result result(PageLayout layout) {
            return new Result(clean.toString(), Arrays.copyOf(cleanBegins, runs), Arrays.copyOf(rawBegins, runs),
                    raw.length(), layout, List.copyOf(credits));
        }
    }
}
