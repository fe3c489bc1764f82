package io.github.tifa.reflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.tifa.model.Punctuation;

/**
 * The layout of a page of PDF-extracted text: which raw lines belong together, which are headline
 * blocks, and where each article begins and ends. {@link Reflow} builds the clean text from it and
 * writes it into the CAS (LayoutLine, LayoutBlock in view raw), where ArticleAnnotator reads it.
 *
 * <p>The model, from how newspaper pages are set: each article has its own column width, so a
 * line's width is judged against the lines around it within its article (from one dateline to the
 * next), never against one page-wide width. The first line of a paragraph is indented by two
 * characters, which the extraction drops. A line that does not end a sentence is broken by layout
 * and joins the next, also across a blank line (a column break). Headlines are printed after the
 * body: one to {@value #MAX_HEADLINE_LINES} lines with no sentence punctuation after a sentence
 * end, followed by the next article's dateline or credit, the page end, or, when their last line
 * is clearly shorter than the column, any other text. Articles begin at a dateline
 * ({@code 本报济宁讯}) or an opening credit line ({@code 本报记者 王五}) and after a headline block.
 */
public final class PageLayout {

    static final int MAX_HEADLINE_LINES = 4;
    /** Lines on each side whose widths give a line's column width. */
    private static final int WINDOW = 6;
    /** Width units (a Han character is 2) a paragraph's first line lacks: a two-character indent. */

    /** How two consecutive text lines are separated in the clean text. */
    public enum Break { JOIN, LINE, PARA, END }

    /** What a line is on the page; where two apply, the first listed here that applies. */
    public enum Kind {
        /** A line of a headline block printed after an article's body. */
        HEADLINE,
        /** Page furniture before the first article (版次, 日期, 责任编辑). */
        FURNITURE,
        /** A credit that opens an article (本报记者 王五). */
        CREDIT,
        /** A dateline (本报济宁讯（记者 曹俐）…): opens an article. */
        DATELINE,
        /**
         * A paragraph that opens with its date right after a sentence end (3月20日，县委召开…): the lead of
         * a local report, which opens an article even where no headline ended the one before.
         */
        DATED_LEAD,
        /** A credit that closes an article (（记者 王五）, 记者：郭明 赵晖 after the body). */
        CLOSING_CREDIT,
        /** Any other line of an article. */
        BODY;

        /** The first line of an article: a dateline, an opening credit or a dated lead. */
        public boolean opensArticle() {
            return this == DATELINE || this == CREDIT || this == DATED_LEAD;
        }
    }

    /** Consecutive text lines {@code [first, last]} read as one unit. */
    public record Block(int first, int last) {
    }

    private final List<RawLine> lines;
    private final List<RawLine> text;
    private final Break[] breaks;

    private PageLayout(String raw, CreditVocabulary vocabulary) {
        this.lines = RawLine.splitLines(raw, vocabulary);
        this.text = new ArrayList<>();
        for (RawLine line : lines) {
            if (!line.blank) {
                text.add(line);
            }
        }
        markClosingCredits(vocabulary);
        measureColumns();
        HeadlineBlocks.mark(text);
        reopenCredits(vocabulary);
        this.breaks = new Break[text.size()];
        for (int i = 0; i < text.size(); i++) {
            breaks[i] = i + 1 == text.size() ? Break.END : gap(i);
        }
        markDatedLeads();
        int furniture = furniture();
        for (int i = 0; i < furniture; i++) {
            text.get(i).furniture = true;
        }
    }

    /** Reads the layout of a raw page with the built-in byline lexicons. */
    public static PageLayout of(String raw) {
        return of(raw, CreditGrammar.builtIn().vocabulary());
    }

    /** Reads the layout of a raw page with the credit-line model of {@code vocabulary}. */
    public static PageLayout of(String raw, CreditVocabulary vocabulary) {
        return new PageLayout(raw, vocabulary);
    }

    /** All raw lines, blank ones included. */
    List<RawLine> lines() {
        return lines;
    }

    /** The non-blank lines, in page order. */
    public List<RawLine> textLines() {
        return text;
    }

    /** How text line {@code i} is separated from text line {@code i + 1}. */
    public Break breakAfter(int i) {
        return breaks[i];
    }

    /**
     * The column blocks, in page order: from one article's opening line (a dateline or an opening
     * credit) to the line before the next; each line's column width is measured within its block.
     */
    public List<Block> columnBlocks() {
        List<Block> blocks = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= text.size(); i++) {
            if (i == text.size() || text.get(i).opensArticle()) {
                blocks.add(new Block(first, i - 1));
                first = i;
            }
        }
        return text.isEmpty() ? List.of() : blocks;
    }

    /** The headline blocks, in page order: consecutive headline lines. */
    public List<Block> headlineBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).headline) {
                int first = i;
                while (i + 1 < text.size() && text.get(i + 1).headline) {
                    i++;
                }
                blocks.add(new Block(first, i));
            }
        }
        return blocks;
    }

    // ---------------------------------------------------------------- the model

    /** A line's column: the median width of the lines around it in the same article region. */
    private void measureColumns() {
        int n = text.size();
        int[] region = new int[n];
        for (int i = 1; i < n; i++) {
            region[i] = region[i - 1] + (text.get(i).opensArticle() ? 1 : 0);
        }
        int[] window = new int[2 * WINDOW + 1];
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int j = Math.max(0, i - WINDOW); j < Math.min(n, i + WINDOW + 1); j++) {
                if (region[j] == region[i]) {
                    window[m++] = text.get(j).width;
                }
            }
            int[] sorted = Arrays.copyOf(window, m);
            Arrays.sort(sorted);
            text.get(i).column = sorted[m / 2];
        }
    }

    /**
     * A credit right after a sentence end, or after such a credit, closes its article (……。⏎记者：郭明 赵晖); so does the line
     * that closes a bracket the line before opened after a sentence end, and a line that is only a
     * short name (秦 越) between a sentence end and a headline line.
     */
    private void markClosingCredits(CreditVocabulary vocabulary) {
        for (int i = 1; i < text.size(); i++) {
            RawLine line = text.get(i);
            RawLine before = text.get(i - 1);
            boolean afterBody = RawLine.endsSentence(before);
            // 来源：某某台⏎记者 王五: a credit after the credit that closed the body closes it too
            if (line.credit && (afterBody || before.closingCredit) && !line.creditBeforeBody) {
                line.closingCredit = true;
                // 记者：王五 赵六 孙七⏎ 通讯员：钱八: a closing credit that fills its line goes on with the role below it
                line.continuesCredit = before.closingCredit && line.index - before.index == 1
                        && HeadlineBlocks.full(before, false);
            } else if (before.closingCredit && RawLine.leavesBracketOpen(before) && RawLine.endsWith(line, "）)")
                    && RawLine.namesOnly(line.raw, line.contentStart, line.contentEnd - 1)) {
                // ……。⏎（某某新闻 记者 王五 通讯员⏎ 赵六）: the line that closes the credit's bracket goes on with it
                line.credit = true;
                line.closingCredit = true;
                line.continuesCredit = true;
            } else if (before.closingCredit && wrapsCreditNames(before, line)) {
                // ……。⏎记者：王五 摄影：赵⏎六 孙七: a closing credit that fills its line goes on with the names below it
                line.credit = true;
                line.closingCredit = true;
                line.continuesCredit = true;
            } else if (creditAfterLastSentence(text.get(i - 1), line, vocabulary)) {
                // ……会议。 全媒体记者:王⏎五 赵六: a credit run into the body's last line closes it
                line.credit = true;
                line.closingCredit = true;
                line.continuesCredit = true;
            } else if (HeadlineBlocks.closesBracketAfterSentence(text, i) && roleOpens(text.get(i - 1), line, vocabulary)) {
                // ……态势。（记者⏎王五通讯员赵六）: the bracket's second line closes the body as a credit line
                // does; ……期望。（贺信⏎全文另发） is a note, and the body goes on
                line.credit = true;
                line.closingCredit = true;
            } else if (line.bracketedNames && afterBody) {
                // ……。⏎⏎(司徒雷 顾芸): names in brackets on a paragraph of their own close the report above
                line.credit = true;
                line.closingCredit = true;
            } else if (line.nameOnly && afterBody
                    && (i + 1 < text.size() ? HeadlineBlocks.headlineShaped(text.get(i + 1)) : line.listedNames)) {
                // ……事项。⏎秦 越⏎会议召开, and names alone on the page's last line (周芳 吴晴)
                line.credit = true;
                line.closingCredit = true;
            }
            if (line.credit && !line.closingCredit && RawLine.leavesBracketOpen(before)) {
                // 某某网讯（记者 王五⏎ 通讯员 赵六）3月22日，…: the credit the line before opened goes on, no article opens
                line.continuesCredit = true;
            }
        }
    }

    /**
     * {@code next}, right under the credit {@code line} that fills its column, holds only name-shaped
     * words, perhaps after the colon of a role {@code line} ends with (审核⏎：林晓): the credit wrapped.
     */
    private static boolean wrapsCreditNames(RawLine line, RawLine next) {
        if (next.index - line.index != 1 || !HeadlineBlocks.full(line, false)) {
            return false;
        }
        String raw = next.raw;
        int p = next.contentStart;
        if (p < next.contentEnd && Punctuation.ROLE_MARKS.has(raw.charAt(p))) {
            p++;
        }
        int run = 0;
        for (int i = p; i < next.contentEnd; i++) {
            char c = raw.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (Han.at(raw, i)) {
                if (++run > MAX_NAME) {
                    return false;
                }
            } else if (RawLine.isSpace(c) || Punctuation.NAME_SEPARATORS.has(c)) {
                run = 0;
            } else {
                return false;
            }
        }
        return p < next.contentEnd;
    }

    /** The longest name a wrapped credit line holds (欧阳晓峰). */
    private static final int MAX_NAME = 4;

    /**
     * {@code next} holds only names, and with the end of {@code line} after its last sentence stop it
     * reads as a role and its names: the credit of the body {@code line} ends.
     */
    private static boolean creditAfterLastSentence(RawLine line, RawLine next, CreditVocabulary vocabulary) {
        String raw = line.raw;
        int stop = line.contentEnd - 1;
        while (stop >= line.contentStart && !Punctuation.SENTENCE_STOPS.has(raw.charAt(stop))) {
            stop--;
        }
        if (stop < line.contentStart || line.contentEnd - stop > MAX_TAIL_CREDIT) {
            return false;
        }
        int p = CreditNames.skipSpace(raw, stop + 1, line.contentEnd);
        String joined = joined(line, p, next);
        return p < line.contentEnd && RawLine.namesOnly(joined, 0, joined.length())
                && vocabulary.creditRoleAt(joined, 0, joined.length()) >= 0;
    }

    /** The longest credit tail a body line may end with: a role and the start of a name (全媒体记者:王). */
    private static final int MAX_TAIL_CREDIT = 14;

    /**
     * The bracket {@code line} leaves open and {@code next} closes starts with a role (or an outlet's
     * own name and a role) and its names: （记者⏎王五）, （某某日报记者 王⏎五）.
     */
    private static boolean roleOpens(RawLine line, RawLine next, CreditVocabulary vocabulary) {
        int p = CreditNames.skipSpace(line.raw, RawLine.lastOpenBracket(line) + 1, line.contentEnd);
        if (p >= line.contentEnd) {
            return false;
        }
        String joined = joined(line, p, next);
        return vocabulary.roleOnly(line.raw, p, line.contentEnd)
                || vocabulary.creditRoleAt(joined, 0, joined.length()) >= 0;
    }

    /** {@code line} from {@code p} and all of {@code next}, as the paragraph reads them (a name may break: 夏⏎娜). */
    private static String joined(RawLine line, int p, RawLine next) {
        return line.raw.substring(p, line.contentEnd) + next.raw.substring(next.contentStart, next.contentEnd);
    }

    /**
     * Paragraphs that open with a date, unmarked, right after a sentence end or a closing credit: in
     * local reports a dated paragraph is nearly always the lead of the next report; one after a mark
     * (★8月3日 …) is an item of a roundup.
     */
    private void markDatedLeads() {
        for (int i = 1; i < text.size(); i++) {
            RawLine line = text.get(i);
            RawLine before = text.get(i - 1);
            line.datedLead = breaks[i - 1] != Break.JOIN && line.opensWithDate && !line.headline && !line.marked
                    && (RawLine.endsSentence(before) || before.closingCredit || before.nameOnly && before.marked
                    || HeadlineBlocks.bracketed(before));
        }
    }

    /**
     * A credit line after a sentence end that no headline follows, printed without brackets or a
     * colon (……按期完成。⏎本报记者王五⏎入秋以来，…): it opens the next article, not closes this one. Before
     * a dated lead, which opens the next article by itself, it closes this one (……实处。⏎某某融媒记者 王五⏎3月8日，…),
     * unless a mark opens it as it opens a report (■记者 王五⏎昨天下午，…).
     */
    private void reopenCredits(CreditVocabulary vocabulary) {
        for (int i = 1; i + 1 < text.size(); i++) {
            RawLine line = text.get(i);
            RawLine next = text.get(i + 1);
            if (!line.closingCredit || line.continuesCredit || line.nameOnly || next.headline || next.credit
                    || next.dateline || next.opensWithDate && !line.marked) {
                continue;
            }
            int p = vocabulary.skipMarks(line.raw, line.contentStart, line.contentEnd);
            String credit = line.raw.substring(p, line.contentEnd);
            if (!credit.isEmpty() && "（(【".indexOf(credit.charAt(0)) < 0 && !RawLine.endsWith(line, "）)】")
                    && credit.indexOf('：') < 0 && credit.indexOf(':') < 0) {
                line.closingCredit = false;
            }
        }
    }

    private boolean firstOfParagraph(int i) {
        return i == 0 || breaks[i - 1] != Break.JOIN;
    }

    private Break gap(int i) {
        RawLine a = text.get(i);
        RawLine b = text.get(i + 1);
        boolean blankBetween = b.index - a.index > 1;
        Break separate = blankBetween ? Break.PARA : Break.LINE;
        if (a.headline != b.headline) {
            return separate;
        }
        if (a.headline) {
            return Break.LINE; // lines of one headline block
        }
        if (RawLine.leavesBracketOpen(a)) {
            return Break.JOIN; // （⏎记者 王五）, （王芳 ⏎李  明）: a bracket is never left open at a paragraph end
        }
        if (b.photographerAlone && !blankBetween && RawLine.endsSentence(a)) {
            return Break.JOIN; // ……开幕现场。⏎韩冬 摄: the caption's photographer, right under its last line
        }
        if (a.photographerAlone) {
            return separate; // the photographer's credit ends the caption
        }
        if (b.continuesCredit) {
            return Break.JOIN; // ……会议。 记者:王⏎五 赵六: the credit's names go on
        }
        boolean first = firstOfParagraph(i);
        // 本报讯（记者 王五）⏎ on a line of its own: the credit ends there
        boolean creditAlone = a.dateline && RawLine.endsWith(a, "）)") && !HeadlineBlocks.full(a, first);
        if ((a.dateline || a.credit) && !a.closingCredit && b.closesCreditAbove && !blankBetween) {
            return Break.JOIN; // 本报讯 记者王五、通讯员赵六⏎报道：昨日，…: the credit's closing word under its names
        }
        if (b.opensArticle() || b.closingCredit) {
            return separate;
        }
        if (a.roleAtEnd) {
            return Break.JOIN; // 记者 周立新 通讯员⏎ 何嘉
        }
        if (a.credit && !a.creditBeforeBody && !(a.continuesCredit && !a.closingCredit) || creditAlone) {
            return separate; // 【记者 王五】6月30日，…: the body after the credit goes on as any body line does
        }
        if (RawLine.endsSentence(a)) {
            // a paragraph may go on after a sentence end on a full line, but a break there costs
            // nothing and a join of two paragraphs would hide one
            return separate;
        }
        // an open line was broken by layout, also across a blank line (a column break); only a line
        // far shorter than its column (a subheading) stands alone
        if (!HeadlineBlocks.headlineShaped(a) || HeadlineBlocks.full(a, first) || a.width > a.column / 2) {
            return Break.JOIN;
        }
        return separate;
    }

    /**
     * How many text lines at the page top are furniture (版次, 日期, 责任编辑): lines without a sentence
     * stop before a blank line and the first dateline, or a short open line that stands alone.
     */
    private int furniture() {
        int n = 0;
        while (n < text.size() && !text.get(n).dateline && !text.get(n).credit && !HeadlineBlocks.hasStop(text.get(n))
                && !text.get(n).headline) {
            n++;
            boolean blankAfter = n < text.size() && text.get(n).index - text.get(n - 1).index > 1;
            if (blankAfter) {
                return text.get(n).dateline ? n : 0;
            }
        }
        // 要闻⏎会议召开，…: a short open line that does not join the text after it
        return text.size() > 1 && HeadlineBlocks.headlineShaped(text.get(0)) && !text.get(0).opensArticle()
                && breaks[0] != Break.JOIN && !text.get(0).headline ? 1 : 0;
    }


}
