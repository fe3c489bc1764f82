package io.github.tifa.reflow;

import java.util.List;

import io.github.tifa.model.Punctuation;

/**
 * {@code headline.block-after-body}: which lines of a page are a headline printed after its article's
 * body. After a sentence end or a closing credit, one to {@value PageLayout#MAX_HEADLINE_LINES} lines
 * with no sentence punctuation, followed by a dateline, a credit line, the page end, or a clearly
 * short last line, or one wider than its column; after a closing credit also a line wider than its
 * column with commas, and a title that asks (？/！ but no 。；，、).
 */
public final class HeadlineBlocks {
    /** The rule name of the Headline annotations ArticleAnnotator writes for these blocks. */
    public static final String NAME = "headline.block-after-body";
    /** Characters of a paragraph's first-line indent. */
    static final int INDENT = 4;

    private HeadlineBlocks() {
    }

    /** Marks the headline lines of {@code text}, the page's non-blank lines with their columns measured. */
    static void mark(List<RawLine> text) {
        for (int i = 1; i < text.size(); i++) {
            RawLine before = text.get(i - 1);
            boolean afterCredit = before.closingCredit || closesBracketAfterSentence(text, i - 1)
                    || bracketed(before) && i > 1 && RawLine.endsSentence(text.get(i - 2)); // ……。⏎（曲晓明）
            if (!(RawLine.endsSentence(before) || afterCredit)) {
                continue;
            }
            // a title stands as a paragraph of its own, or after a credit that closed the body; a short
            // line right below the last sentence is the column breaking inside a word (辽宁省政⏎⏎协…)
            boolean ownParagraph = text.get(i).index - before.index > 1 || afterCredit;
            int end = -1;
            boolean comma = false;
            boolean commas = false; // a comma inside a line: a paragraph of body text, whatever its last line
            for (int j = i; j < text.size() && j - i < PageLayout.MAX_HEADLINE_LINES; j++) {
                RawLine line = text.get(j);
                boolean last = j + 1 == text.size();
                boolean blankAfter = last || text.get(j + 1).index - line.index > 1;
                // a title may break after a comma (…举行第二次全体会议，⏎选举…), never its last line
                boolean commaLine = !blankAfter && RawLine.endsWith(line, "，,") && headlineShaped(line, true);
                if (!headlineShaped(line, false) && !commaLine && !(afterCredit && askingTitle(line))) {
                    break;
                }
                if (blankAfter && (RawLine.endsWith(line, "：:") || line.speaker)) {
                    // 会议指出：⏎⏎…, 林晓说⏎⏎…: a colon or a verb of speaking before a blank line introduces the next
                    // paragraph (a kicker's colon is right above its title, 某某调研时强调⏎… is a title's first line)
                    break;
                }
                comma |= commaLine;
                commas |= !commaLine && has(line, Punctuation.COMMAS);
                if (!blankAfter) {
                    continue; // the block ends at a blank line or the page end
                }
                if (last || text.get(j + 1).opensArticle()) {
                    end = j; // the next article, or the page end: the whole block is the headline
                    break;
                }
                if (j - i < 2 && !comma && !commas && text.get(j + 1).opensWithDate) {
                    end = j; // 8月12日，…: a title of one or two lines (a list with 、 allowed), then an article that opens with its date
                    break;
                }
                // before other text, a full last line is a column break inside a paragraph; a short
                // one, or one wider than the column (a headline set across columns), may end a
                // headline, unless a longer block reaches the next article
                // (after a closing credit, also with commas: body text is never wider than its column)
                boolean overwide = line.width > line.column + INDENT && (!has(line, Punctuation.PAUSES) || afterCredit);
                if (end < 0 && !comma && (!full(line, j == i) && !commas && ownParagraph || overwide)) {
                    end = j;
                }
            }
            if (end >= 0) {
                for (int k = i; k <= end; k++) {
                    text.get(k).headline = true;
                }
                i = end;
            }
        }
    }

    /**
     * A title that asks or exclaims (卫生室建在哪里？记者带你走进这几个村): a question or exclamation
     * mark, but no full stop; only after a closing credit, where the body has ended.
     */
    private static boolean askingTitle(RawLine line) {
        if (line.dateline || line.credit) {
            return false;
        }
        for (int i = line.contentStart; i < line.contentEnd; i++) {
            if (Punctuation.STATEMENT_MARKS.has(line.raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean headlineShaped(RawLine line) {
        return headlineShaped(line, false);
    }

    /** No sentence stop, not a credit or dateline, and no punctuation at the end (a comma allowed if asked). */
    static boolean headlineShaped(RawLine line, boolean commaAllowed) {
        if (line.dateline || line.credit || line.photographerAlone || hasStop(line) || bracketed(line)
                || RawLine.lastOpenBracket(line) == line.contentStart && RawLine.leavesBracketOpen(line)) {
            return false; // 韩冬 摄: a photographer's credit is no title; nor is a bracket's first line, （县领导为…颁⏎奖）
        }
        if (commaAllowed && RawLine.endsWith(line, "，,")) {
            return true;
        }
        int last = line.contentEnd - 1;
        while (last > line.contentStart && Punctuation.CLOSERS.has(line.raw.charAt(last))) {
            last--;
        }
        char c = line.raw.charAt(last);
        // a kicker may end in a colon (河北邢台：)
        return !Punctuation.LINE_END_PUNCTUATION.has(c) || c == '：' || c == ':';
    }

    /** The whole line is in round brackets ((曲晓明), (县政府办)): a credit or a note, never a title. */
    static boolean bracketed(RawLine line) {
        return RawLine.lastOpenBracket(line) == line.contentStart && RawLine.endsWith(line, "）)");
    }

    /** A mark of {@code marks} inside the line (PAUSES: body text, which a wide title seldom has). */
    private static boolean has(RawLine line, Punctuation marks) {
        for (int i = line.contentStart; i < line.contentEnd; i++) {
            if (marks.has(line.raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Line {@code k} closes a bracket that the line before it opened after a sentence end: a credit
     * broken over two lines (……新台阶。（全媒体记者 王五⏎）, ……会议。 (王芳 ⏎李  明)), which closes
     * the body as a credit line does.
     */
    static boolean closesBracketAfterSentence(List<RawLine> text, int k) {
        RawLine line = text.get(k);
        if (k == 0 || !RawLine.endsWith(line, "）)") || RawLine.lastOpenBracket(line) >= 0) {
            return false;
        }
        RawLine previous = text.get(k - 1);
        return RawLine.leavesBracketOpen(previous) && RawLine.stopBefore(previous, RawLine.lastOpenBracket(previous));
    }

    static boolean hasStop(RawLine line) {
        for (int i = line.contentStart; i < line.contentEnd; i++) {
            if (Punctuation.LINE_STOPS.has(line.raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean full(RawLine line, boolean firstOfParagraph) {
        int slack = firstOfParagraph ? INDENT + 3 : 3;
        return line.width >= line.column - slack;
    }
}
