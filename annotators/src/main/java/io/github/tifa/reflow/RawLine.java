package io.github.tifa.reflow;

import java.util.ArrayList;
import java.util.List;

import io.github.tifa.model.Punctuation;

/**
 * One raw line of a page with its measures (content span, printed width, spaced out, credit or
 * dateline) and its place in the layout ({@link PageLayout} sets column, headline, furniture).
 */
public final class RawLine {
    /** Characters a bracketed credit may take after a sentence end (（林文斌 赵书航 钱东来 甘露）). */
    private static final int MAX_CLOSING_CREDIT = 24;
    final String raw;
    int index;
    int start;
    int end;
    int terminator = -1;
    int contentStart;
    int contentEnd;
    boolean blank;
    boolean spacedOut;
    boolean credit;
    boolean closingCredit;
    /** The line goes on with a credit the line before began (……会议。 记者:王⏎五 赵六, 某某讯（记者 王五⏎ 通讯员 赵六）). */
    boolean continuesCredit;
    /** A bracketed credit with the body after it on the line (【记者 王五】6月30日，…): it opens its article. */
    boolean creditBeforeBody;
    /** The line opens with a credit's closing word and its colon (报道：…): the end of a credit printed on the line above. */
    boolean closesCreditAbove;
    /** The line opens with a calendar date (8月12日，…): an article that prints no dateline may start so. */
    boolean opensWithDate;
    /** A typographic mark opens the line (□, ★, ○). */
    boolean marked;
    /** A paragraph opening with its date right after a sentence end: the lead of the next report. */
    boolean datedLead;
    /** The line ends in a sentence and a photo's credit (……讲话。韩冬 摄): its paragraph ends there. */
    boolean photographerAtEnd;
    /** Only a photographer's credit (韩冬 摄, 记者 韩冬 摄): the caption above it goes on to it. */
    boolean photographerAlone;
    /** Two or more names alone between spaces (林晓丰 司马言 韩 冬): {@link #nameOnly} too. */
    boolean listedNames;
    /** The line ends in a sentence and a marked name (……会议。□林晓文): the body's credit. */
    boolean markedNameAtEnd;
    /** A credit line ending in a role word whose name the next line prints. */
    boolean roleAtEnd;
    boolean nameOnly;
    /** The line is one bracket of names and no role ((司徒雷 顾芸), （欧阳青报道）): a closing credit after a sentence end. */
    boolean bracketedNames;
    /**
     * The line is a short subject and a verb of speaking (会议指出, 林晓说): it introduces the next paragraph (a
     * long one is a title: 某某在…座谈会上强调).
     */
    boolean speaker;
    /** Characters of a line that only introduces what is said (欧阳青表示). */
    private static final int MAX_SPEAKER = 8;
    boolean dateline;
    boolean headline;
    boolean furniture;
    int width;
    int column;

    RawLine(String raw) {
        this.raw = raw;
    }

    /** Raw offset of the line's first non-space character. */
    public int contentStart() {
        return contentStart;
    }

    /** Raw offset after the line's last non-space character. */
    public int contentEnd() {
        return contentEnd;
    }

    public boolean isHeadline() {
        return headline;
    }

    /** Printed width: a Han character or full-width mark counts 2. */
    public int width() {
        return width;
    }

    /** The median width of the lines around it in its column block. */
    public int column() {
        return column;
    }

    public boolean spacedOut() {
        return spacedOut;
    }

    public PageLayout.Kind kind() {
        if (headline) {
            return PageLayout.Kind.HEADLINE;
        } else if (furniture) {
            return PageLayout.Kind.FURNITURE;
        } else if (credit && !closingCredit && !continuesCredit) {
            return PageLayout.Kind.CREDIT;
        } else if (dateline) {
            return PageLayout.Kind.DATELINE;
        } else if (datedLead) {
            return PageLayout.Kind.DATED_LEAD;
        }
        return credit ? PageLayout.Kind.CLOSING_CREDIT : PageLayout.Kind.BODY;
    }

    /** A dateline (本报济宁讯…) or an opening credit (本报记者 王五): the first line of an article. */
    boolean opensArticle() {
        return dateline || credit && !closingCredit && !continuesCredit;
    }

    // ---------------------------------------------------------------- measures

    /** An opening bracket that the line does not close: （⏎记者 王五）, （王芳 ⏎李  明）. */
    static boolean leavesBracketOpen(RawLine line) {
        for (int i = line.contentEnd - 1; i >= line.contentStart; i--) {
            char c = line.raw.charAt(i);
            if (c == '）' || c == ')') {
                return false;
            }
            if (c == '（' || c == '(') {
                return true;
            }
        }
        return false;
    }

    /** A sentence stop stands right before the bracket at {@code open}, spaces allowed between (……。 （苗强）). */
    static boolean stopBefore(RawLine line, int open) {
        int before = open - 1;
        while (before > line.contentStart && isSpace(line.raw.charAt(before))) {
            before--;
        }
        return before >= line.contentStart && Punctuation.SENTENCE_STOPS.has(line.raw.charAt(before));
    }

    /** The line's last opening round bracket, or -1 when it has none. */
    static int lastOpenBracket(RawLine line) {
        for (int i = line.contentEnd - 1; i >= line.contentStart; i--) {
            if (line.raw.charAt(i) == '（' || line.raw.charAt(i) == '(') {
                return i;
            }
        }
        return -1;
    }

    static boolean endsSentence(RawLine line) {
        if (line.photographerAtEnd || line.markedNameAtEnd) {
            return true; // ……讲话。韩冬 摄, ……会议。□林晓文
        }
        String raw = line.raw;
        int i = line.contentEnd - 1;
        if (raw.charAt(i) == '）' || raw.charAt(i) == ')') {
            // ……局面。（苗强）: a credit in brackets after the sentence end
            int open = i - 1;
            while (open > line.contentStart && open > i - MAX_CLOSING_CREDIT && raw.charAt(open) != '（' && raw.charAt(open) != '(') {
                open--;
            }
            if (open < line.contentStart) {
                return false;
            }
            if ((raw.charAt(open) == '（' || raw.charAt(open) == '(') && stopBefore(line, open)) {
                return true;
            }
        }
        while (i > line.contentStart && Punctuation.CLOSERS.has(raw.charAt(i))) {
            i--;
        }
        return Punctuation.SENTENCE_END.has(raw.charAt(i));
    }

    /** The line's last character is one of {@code chars}. */
    static boolean endsWith(RawLine line, String chars) {
        return chars.indexOf(line.raw.charAt(line.contentEnd - 1)) >= 0;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u200B' || c == '\uFEFF';
    }

    static int width(char c) {
        if (Character.isLowSurrogate(c)) {
            return 0;
        }
        return c >= '\u2E80' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—' ? 2 : 1;
    }

    static List<RawLine> splitLines(String raw, CreditVocabulary vocabulary) {
        List<RawLine> lines = new ArrayList<>();
        int n = raw.length();
        int start = 0;
        while (true) {
            RawLine line = new RawLine(raw);
            line.index = lines.size();
            line.start = start;
            int i = start;
            while (i < n && raw.charAt(i) != '\n' && raw.charAt(i) != '\r') {
                i++;
            }
            line.end = i;
            int next;
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
            measure(line, vocabulary);
            lines.add(line);
            start = next;
            if (start > n) {
                return lines;
            }
        }
    }

    private static void measure(RawLine line, CreditVocabulary vocabulary) {
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
        if (line.blank) {
            return;
        }
        measureCredit(line, vocabulary, s, e);
        // 秦 越, 王芳: two or three Han characters alone on the line, spaces between allowed
        int han = 0;
        for (int i = s; i < e; i++) {
            han += Han.at(raw, i) ? 1 : 0;
        }
        int n = vocabulary.skipMarks(raw, s, e); // ■李明: a mark before the name
        line.speaker = e - n <= MAX_SPEAKER && vocabulary.endsWithSpeech(raw, n, e);
        // "免 税 技 术": most visible characters are followed by one space and another character
        line.spacedOut = visible >= 4 && singles * 10 >= (visible - 1) * 6;
        boolean nameShaped = !line.speaker && han >= 2 && han <= MAX_LISTED_NAMES * MAX_LISTED_NAME && hanAndSpaces(raw, n, e);
        // 林晓丰 司马言 韩 冬: names of two to four characters, or padded to three, between spaces
        line.listedNames = nameShaped && !line.spacedOut && listsNames(raw, n, e);
        line.nameOnly = nameShaped && han <= 3 && e - n <= 5 || line.listedNames;
    }

    private static boolean hanAndSpaces(String raw, int p, int e) {
        for (int i = p; i < e; i++) {
            if (!Han.at(raw, i) && !isSpace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }


    /** What the line's credit vocabulary says of it: a credit, opening or closing, a dateline, a date. */
    private static void measureCredit(RawLine line, CreditVocabulary vocabulary, int s, int e) {
        String raw = line.raw;
        int p = vocabulary.skipMarks(raw, s, e);
        boolean bracket = p < e && CreditNames.opensBracket(raw.charAt(p)); // （, ( and 【
        // （记者 王五）, （某某日报全媒体记者 王五）: a role, or an outlet's own name and a role, in brackets
        boolean alone = vocabulary.creditsAlone(raw, p, e);
        int roleFrom = bracket ? skipSpaces(raw, p + 1, e) : p;
        int role = vocabulary.creditRoleAt(raw, roleFrom, e);
        line.credit = alone || vocabulary.reporterAlone(raw, p, e) || role >= 0
                || vocabulary.roleAfterNames(raw, roleFrom, e) >= 0 && namesOnly(raw, roleFrom, e);
        line.roleAtEnd = line.credit && vocabulary.endsWithRole(raw, s, e);
        // （记者 王五） closes an article; 本报记者 王五, and （记者 王五）7月26日，… or 记者王五报道 7月26日，… with its
        // body, open one
        boolean bodyAfter = bracket ? textAfterBracket(raw, p, e) : role >= 0 && vocabulary.closedBeforeBody(raw, role, e);
        line.creditBeforeBody = line.credit && bodyAfter;
        line.closesCreditAbove = vocabulary.closingWordOpens(raw, p, e);
        line.closingCredit = line.credit && (bracket && !bodyAfter || endsWith(line, "）)") || alone);
        line.opensWithDate = vocabulary.opensWithDate(raw, p, e);
        line.photographerAtEnd = vocabulary.endsWithPhotographer(raw, s, e);
        line.photographerAlone = vocabulary.photographerAlone(raw, s, e);
        line.markedNameAtEnd = vocabulary.endsWithMarkedName(raw, s, e);
        line.marked = p > s && vocabulary.marks().has(raw.charAt(s));
        line.dateline = vocabulary.startsDateline(raw, vocabulary.afterColumnLabel(raw, p, e), e);
        line.bracketedNames = bracket && !line.credit && endsWith(line, "）)") && vocabulary.namesAlone(raw, p + 1, e - 1);
    }

    /** Names a line of names alone may list (林晓丰 司马言 韩 冬). */
    private static final int MAX_LISTED_NAMES = 6;
    /** Characters of one name in such a list. */
    private static final int MAX_LISTED_NAME = 4;

    /** [p, e) holds two or more words of two to four Han characters, or of two padded (韩 冬), between spaces. */
    private static boolean listsNames(String raw, int p, int e) {
        String[] words = raw.substring(p, e).strip().split("[ \u3000]+");
        int names = 0;
        for (int i = 0; i < words.length; i++) {
            int length = words[i].codePointCount(0, words[i].length());
            if (length == 1 && i + 1 < words.length && words[i + 1].codePointCount(0, words[i + 1].length()) == 1) {
                i++; // 韩 冬
            } else if (length < 2 || length > MAX_LISTED_NAME) {
                return false;
            }
            names++;
        }
        return names >= 2 && names <= MAX_LISTED_NAMES;
    }

    /**
     * Only names, roles and their separators (李四 赵六 本报记者 王五): not the end of a bracket that the
     * line before opened, with the body after it (欧阳青  实习生:司马言)5日，…).
     */
    static boolean namesOnly(String raw, int p, int e) {
        for (int i = p; i < e; i++) {
            char c = raw.charAt(i);
            if (!Han.at(raw, i) && !isSpace(c) && !Punctuation.NAME_SEPARATORS.has(c) && !Punctuation.ROLE_SEPARATORS.has(c)) {
                return false;
            }
        }
        return true;
    }

    /** Text follows the bracket that opens at {@code open} on the same line. */
    private static boolean textAfterBracket(String raw, int open, int end) {
        for (int i = open + 1; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '）' || c == ')' || c == '】') {
                return skipSpaces(raw, i + 1, end) < end;
            }
        }
        return false;
    }

    private static int skipSpaces(String raw, int p, int end) {
        while (p < end && isSpace(raw.charAt(p))) {
            p++;
        }
        return p;
    }
}
