package io.github.tifa.reflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.IntegerArray;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.type.Alignment;

/**
 * Reflows the raw page text of view {@value Alignments#RAW_VIEW} into clean text in the initial
 * view, removing only layout: line breaks inside paragraphs, blank lines at column breaks,
 * indentation and justification spaces. Everything kept is kept verbatim (up to the one-for-one
 * fixes of {@link CharFold}), and an {@link Alignment} records where each clean character came from.
 *
 * <p>Layout model: a PDF column is justified, so a line that fills the column and does not end a
 * sentence was broken by layout; a shorter line, or one that ends a sentence, ends a paragraph or a
 * headline line. A blank line after an open, full line is a column break. Spaces between Han
 * characters are justification, except after a byline role word (记者 曹俐).
 */
@TypeCapability(outputs = "io.github.tifa.type.Alignment")
public class Reflow extends JCasAnnotator_ImplBase {

    /** A line at least this share of its neighbours' typical width counts as a full column line. */
    public static final String PARAM_FULL_LINE_RATIO = "fullLineRatio";
    @ConfigurationParameter(name = PARAM_FULL_LINE_RATIO, mandatory = false, defaultValue = "0.9")
    private float fullLineRatio;

    private static final String ROLES_RESOURCE = Lexicons.BYLINE_ROLES.substring(LexiconTrie.CLASSPATH.length());
    private static final List<String> ROLES = loadRoles();
    private static final List<String> AGENCIES = load(Lexicons.BYLINE_AGENCIES.substring(LexiconTrie.CLASSPATH.length()));
    private static final int WINDOW = 6;
    private static final int MAX_HEADLINE_LINES = 3;
    private static final String CREDIT_END = "，。！？；：、,.;!?:“”\"";

    /** The result of a reflow: clean text and its alignment runs. */
    public record Result(String clean, int[] cleanBegins, int[] rawBegins, int rawLength) {
        public Alignments alignments() {
            return new Alignments(cleanBegins, rawBegins, clean.length(), rawLength);
        }
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        if (fullLineRatio <= 0 || fullLineRatio > 1) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    PARAM_FULL_LINE_RATIO + " must be in (0, 1], got " + fullLineRatio));
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String raw;
        try {
            raw = jcas.getView(Alignments.RAW_VIEW).getDocumentText();
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(new IllegalStateException(
                    "no view '" + Alignments.RAW_VIEW + "': load pages with PageReader or Tifa.annotate", e));
        }
        if (raw == null) {
            raw = "";
        }
        Result result = reflow(raw, fullLineRatio);
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

    /** Reflows {@code raw} with the default full-line ratio. */
    public static Result reflow(String raw) {
        return reflow(raw, 0.9f);
    }

    /** Reflows {@code raw}; pure function, used by the annotator and by tests. */
    public static Result reflow(String raw, float fullLineRatio) {
        List<Line> lines = splitLines(raw);
        List<Line> text = new ArrayList<>();
        for (Line line : lines) {
            if (!line.blank) {
                text.add(line);
            }
        }
        markFull(text, fullLineRatio);
        markHeadlineBlocks(text, lines);
        Emitter out = new Emitter(raw);
        int paragraphStart = 0;
        for (int i = 0; i < text.size(); i++) {
            Line a = text.get(i);
            boolean last = i + 1 == text.size();
            Break brk = last ? Break.END : gap(a, text.get(i + 1), lines);
            if (brk != Break.JOIN) {
                emitParagraph(out, raw, text.subList(paragraphStart, i + 1));
                paragraphStart = i + 1;
                if (brk == Break.LINE) {
                    out.keep(a.terminator);
                } else if (brk == Break.PARA) {
                    out.keep(a.terminator);
                    out.keep(lines.get(text.get(i + 1).index - 1).terminator);
                }
            }
        }
        return out.result();
    }

    private enum Break { JOIN, LINE, PARA, END }

    private static Break gap(Line a, Line b, List<Line> lines) {
        boolean blankBetween = b.index - a.index > 1;
        boolean closed = endsSentence(a) || !a.full || a.credit || a.headline;
        if (blankBetween && (b.dateline || b.credit)) {
            return Break.PARA; // the next article's byline: whatever came before it has ended
        }
        if (blankBetween) {
            return closed ? Break.PARA : b.indented ? Break.LINE : Break.JOIN;
        }
        return closed || b.indented ? Break.LINE : Break.JOIN;
    }

    private static void emitParagraph(Emitter out, String raw, List<Line> paragraph) {
        // raw indices of the paragraph's content, lines joined
        int size = 0;
        for (Line line : paragraph) {
            size += line.contentEnd - line.contentStart;
        }
        int[] idx = new int[size];
        boolean[] spacedLine = new boolean[size];
        int k = 0;
        for (Line line : paragraph) {
            for (int r = line.contentStart; r < line.contentEnd; r++) {
                spacedLine[k] = line.spacedOut;
                idx[k++] = r;
            }
        }
        boolean creditLine = startsWithRole(raw, idx, skipMarks(raw, idx, 0));
        boolean inBylineBracket = false;
        for (int p = 0; p < size; p++) {
            char c = raw.charAt(idx[p]);
            if (c == '（' || c == '(') {
                inBylineBracket = startsWithRole(raw, idx, skipSpaces(raw, idx, p + 1));
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

    private static int skipMarks(String raw, int[] idx, int p) {
        while (p < idx.length && ("□■◎○★●◆◇".indexOf(raw.charAt(idx[p])) >= 0 || isSpace(raw.charAt(idx[p])))) {
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

    /** A role word followed by a space: the start of a credit (记者 曹俐), not prose (记者从…). */
    private static boolean startsWithRole(String raw, int[] idx, int p) {
        for (String role : ROLES) {
            int n = role.length();
            if (p + n >= idx.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < n && match; i++) {
                match = raw.charAt(idx[p + i]) == role.charAt(i);
            }
            if (match && isSpace(raw.charAt(idx[p + n]))) {
                return true;
            }
        }
        return false;
    }

    /** 本报济宁讯, 新华社北京3月5日电: an outlet, then 讯 or 电 within a few characters. */
    private static boolean startsDateline(String raw, int s, int e) {
        for (String agency : AGENCIES) {
            if (raw.startsWith(agency, s) || raw.startsWith("据" + agency, s)) {
                int from = s + agency.length();
                for (int i = from; i < Math.min(e, from + 12); i++) {
                    char c = raw.charAt(i);
                    if (c == '讯' || c == '电') {
                        return true;
                    }
                    if (c == '，' || c == '。' || c == '（' || c == '(') {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    static boolean endsSentence(Line line) {
        String raw = line.raw;
        int i = line.contentEnd - 1;
        while (i > line.contentStart && "”’」』）)\"'".indexOf(raw.charAt(i)) >= 0) {
            i--;
        }
        return "。！？!?；…".indexOf(raw.charAt(i)) >= 0;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isAsciiWord(char c) {
        char f = CharFold.fold(c);
        return f < 0x80 && (Character.isLetterOrDigit(f) || ".,:;%/+-&'\"".indexOf(f) >= 0);
    }

    static int width(char c) {
        if (Character.isLowSurrogate(c)) {
            return 0;
        }
        return c >= '\u2E80' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—' ? 2 : 1;
    }

    // ---------------------------------------------------------------- lines

    static final class Line {
        final String raw;
        int index;
        int start;
        int end;
        int terminator = -1;
        int contentStart;
        int contentEnd;
        boolean blank;
        boolean indented;
        boolean spacedOut;
        boolean full;
        boolean credit;
        boolean dateline;
        boolean headline;
        int width;

        Line(String raw) {
            this.raw = raw;
        }
    }

    static List<Line> splitLines(String raw) {
        List<Line> lines = new ArrayList<>();
        int n = raw.length();
        int start = 0;
        while (start < n || start == 0) {
            Line line = new Line(raw);
            line.index = lines.size();
            line.start = start;
            int i = start;
            while (i < n && raw.charAt(i) != '\n' && raw.charAt(i) != '\r') {
                i++;
            }
            line.end = i;
            int next = i;
            if (i < n) {
                if (raw.charAt(i) == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                    line.terminator = i + 1; // keep the LF of CRLF
                    next = i + 2;
                } else {
                    line.terminator = i;
                    next = i + 1;
                }
            } else {
                next = n + 1;
            }
            measure(line);
            lines.add(line);
            start = next;
            if (start > n) {
                break;
            }
        }
        return lines;
    }

    private static void measure(Line line) {
        String raw = line.raw;
        int s = line.start;
        int e = line.end;
        while (s < e && isSpace(raw.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(raw.charAt(e - 1))) {
            e--;
        }
        line.contentStart = s;
        line.contentEnd = e;
        line.blank = s == e;
        line.indented = s > line.start && (s - line.start >= 2 || raw.charAt(line.start) == '\u3000');
        int width = 0;
        int singles = 0;
        int visible = 0;
        for (int i = s; i < e; i++) {
            char c = raw.charAt(i);
            width += width(c);
            if (!isSpace(c)) {
                visible++;
                if (i + 2 < e && isSpace(raw.charAt(i + 1)) && !isSpace(raw.charAt(i + 2))) {
                    singles++;
                }
            }
        }
        line.width = width;
        // a credit line (□本报记者 王五) is a paragraph of its own, however wide
        int[] content = new int[e - s];
        for (int i = 0; i < content.length; i++) {
            content[i] = s + i;
        }
        line.credit = startsWithRole(raw, content, skipMarks(raw, content, 0));
        line.dateline = startsDateline(raw, s, e);
        // "免 税 技 术": most visible characters are followed by one space and another character
        line.spacedOut = visible >= 4 && singles * 10 >= (visible - 1) * 6;
    }

    /**
     * Headlines are printed after the body: one to three lines between a sentence end and a blank
     * line (or the page end), none carrying any punctuation, are headline lines, each its own line
     * however wide it is.
     */
    private static void markHeadlineBlocks(List<Line> text, List<Line> lines) {
        for (int i = 0; i < text.size(); i++) {
            if (i > 0 && !endsSentence(text.get(i - 1))) {
                continue;
            }
            int j = i;
            while (j < text.size() && j - i < MAX_HEADLINE_LINES && !hasPunctuation(text.get(j))) {
                boolean last = j + 1 == text.size();
                boolean blankAfter = last || text.get(j + 1).index - text.get(j).index > 1;
                if (blankAfter) {
                    // one line alone may be a body line before a column break; two, or one before
                    // the next article's byline or the page end, are headline lines
                    boolean nextArticle = last || text.get(j + 1).dateline || text.get(j + 1).credit;
                    if (i > 0 && (j > i || nextArticle)) {
                        for (int k = i; k <= j; k++) {
                            text.get(k).headline = true;
                        }
                    }
                    break;
                }
                j++;
            }
        }
    }

    private static boolean hasPunctuation(Line line) {
        for (int i = line.contentStart; i < line.contentEnd; i++) {
            if ("，。、；：！？,;!?".indexOf(line.raw.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A line is full when it reaches {@code ratio} of the median width of the lines around it. */
    private static void markFull(List<Line> text, float ratio) {
        int n = text.size();
        int[] window = new int[2 * WINDOW + 1];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - WINDOW);
            int to = Math.min(n, i + WINDOW + 1);
            int m = 0;
            for (int j = from; j < to; j++) {
                window[m++] = text.get(j).width;
            }
            int[] sorted = Arrays.copyOf(window, m);
            Arrays.sort(sorted);
            int median = sorted[m / 2];
            text.get(i).full = text.get(i).width >= ratio * median;
        }
    }

    private static List<String> loadRoles() {
        return load(ROLES_RESOURCE);
    }

    /** The keys of a class-path lexicon, longest first. */
    private static List<String> load(String resource) {
        List<String> keys = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.fromClasspath(resource, 1).entries()) {
            keys.add(e.key());
        }
        keys.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(keys);
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

        Result result() {
            return new Result(clean.toString(), Arrays.copyOf(cleanBegins, runs), Arrays.copyOf(rawBegins, runs),
                    raw.length());
        }
    }
}
