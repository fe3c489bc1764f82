package io.github.tifa.slogan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.SloganContext;
import io.github.tifa.model.Punctuation;
import io.github.tifa.rules.Page;
import io.github.tifa.segment.TagGroup;
import io.github.tifa.segment.TokenIndex;

/**
 * What the slogan rules read of one page: the shared page view, the slogan lexicons, and the page's
 * quotations with what each one is (speech, a scare-quoted word, a nested programme name, or a
 * candidate slogan) and whether it is built on a count.
 */
final class SloganPage {
    /** The lexicons the slogan rules read, compiled once per component. */
    record Lexicons(LexiconTrie formulas, LexiconTrie context, LexiconTrie numerals, int maxQuoted,
            LexiconTrie.CharClass formulaNumerals, LexiconTrie.CharClass setMeasures) {
        /**
         * @param formulaNumerals numerals that open a numeric formula (FORMULA: 两个确立, 双减)
         * @param setMeasures measures after the numeral one that still count a set (SET_MEASURE: 一排底线, 一批项目)
         */
        Lexicons(LexiconTrie formulas, LexiconTrie context, LexiconTrie numerals, int maxQuoted) {
            this(formulas, context, numerals, maxQuoted, numerals.chars(Numeral.FORMULA),
                    context.chars(SloganContext.SET_MEASURE));
        }
    }

    private static final Pattern DIGIT_CODE = Pattern.compile("[0-9A-Za-z]*[0-9][0-9A-Za-z+＋]*(?:\\+[0-9A-Za-z]+)*");
    /** Compiled once: String.split would compile it on every call. */
    private static final Pattern ITEM_MARKS = Pattern.compile("[、—]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CLAUSES = Pattern.compile("[，,、]");
    /** Longest clause of a quoted theme or model, in characters. */
    private static final int MAX_CLAUSE = 10;
    /** How far after a quotation its label may start (的新模式, 这一主题). */
    private static final int LABEL_REACH = 3;
    /** Longest campaign name still read as a coined term (“代表行动”), in characters. */
    private static final int MAX_COINED_CAMPAIGN = 5;

    final Page page;
    final Lexicons lexicons;
    final LexiconTrie.Matches contextHits;
    private final LexiconTrie.CharClass formulaNumerals;
    private final LexiconTrie.CharClass setMeasures;
    private List<int[]> quotedSlogans;
    private BitSet quotedChars;

    SloganPage(Page page, Lexicons lexicons) {
        this.page = page;
        this.lexicons = lexicons;
        this.contextHits = page.lookups(lexicons.context());
        this.formulaNumerals = lexicons.formulaNumerals();
        this.setMeasures = lexicons.setMeasures();
    }

    String text() {
        return page.text();
    }

    TokenIndex tokens() {
        return page.tokens();
    }

    /** The quotations that can be slogans, trimmed of spaces, in text order. */
    List<int[]> quotedSlogans() {
        if (quotedSlogans == null) {
            quotedSlogans = new ArrayList<>();
            quotedChars = new BitSet();
            String text = text();
            for (int[] q : quotations(text)) {
                quotedChars.set(Math.max(0, q[0] - 1), Math.min(text.length(), q[1] + 1));
                int[] trimmed = trim(q[0], q[1]);
                if (trimmed != null && canBeSlogan(trimmed[0], trimmed[1])) {
                    quotedSlogans.add(trimmed);
                }
            }
        }
        return quotedSlogans;
    }

    /** The character at {@code pos} is inside a quotation or is one of its marks. */
    boolean quoted(int pos) {
        quotedSlogans();
        return quotedChars.get(pos);
    }

    /** HanLP's words start at {@code begin} and end at {@code end}: the span cuts no word. */
    boolean aligned(int begin, int end) {
        return tokens().startingAt(begin) != null && tokens().endingAt(end) != null;
    }

    /**
     * Content spans [begin, end) of quotations, inner ones (‘…’ inside “…”) included, and the straight
     * double quotes of web text ("…"), each pair within a paragraph.
     */
    static List<int[]> quotations(String text) {
        List<int[]> result = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char open = text.charAt(i);
            char close = open == '“' ? '”' : open == '‘' ? '’' : 0;
            if (close == 0) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                char c = text.charAt(j);
                if (c == close) {
                    result.add(new int[] {i + 1, j});
                    break;
                }
                if (c == '\n' || c == open) {
                    break; // unbalanced: never guess across a paragraph
                }
            }
        }
        straightQuotations(text, result);
        result.sort((a, b) -> Integer.compare(a[0], b[0]));
        return result;
    }

    /** "…": straight double quotes, paired in order within each paragraph. */
    private static void straightQuotations(String text, List<int[]> result) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    result.add(new int[] {open + 1, i});
                    open = -1;
                }
            }
        }
    }

    private int[] trim(int begin, int end) {
        String text = text();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return begin < end ? new int[] {begin, end} : null;
    }

    /**
     * Not a programme name quoting slogans, not speech, not too long, not a scare-quoted ordinary word;
     * but a theme or model of parallel short clauses that a label names (“A，B，C”这一主题, “A、B”的新模式).
     */
    private boolean canBeSlogan(int begin, int end) {
        String s = text().substring(begin, end);
        if (s.indexOf('‘') >= 0 || s.indexOf('“') >= 0 || s.indexOf('’') >= 0) {
            return false; // a programme name quoting slogans: only the inner quotations count
        }
        if (dayName(s)) {
            return false; // “七·一”, “一二·九”: a day's name
        }
        if (Page.startsWith(contextHits, pastQuotations(end + 1), SloganContext.NAMED_THING) && lexicons.formulas().get(s) == null) {
            return false; // “青山剪影”专栏, “山乡行”调研组, “元旦、春节”期间: the proper name of a thing or of days (not “十四五”期间)
        }
        if (parallelClauses(s) && (couplet(s) || labelledAfter(end + 1) || Page.endsWith(contextHits, begin - 1, SloganContext.THEME_BEFORE))) {
            return true; // “A，B”这一主题; 围绕“A，B”开展…, 做到“A，B”; 建设“青山门户，康养之都”
        }
        for (int i = 0; i < s.length(); i++) {
            if (Punctuation.SPEECH_MARKS.marks().indexOf(s.charAt(i)) >= 0) {
                return false; // quoted speech
            }
        }
        if (tooLong(s)) {
            return false; // speech, or a phrase too long to be a catchphrase
        }
        if (end - begin > MAX_COINED_CAMPAIGN && Page.endsWith(contextHits, end, SloganContext.CAMPAIGN_END) && !numeric(s)
                && !Page.endsWith(contextHits, begin - 1, SloganContext.ALIAS_CUE)) {
            // “委员助力某某振兴行动”: the name of a campaign or an activity; a numeric formula still counts, and so
            // do a coined short one (“代表行动”) and the short name a text gives it (以下简称“提质行动”)
            return false;
        }
        if (Page.endsWith(contextHits, end, SloganContext.PLACE_NAME_END) && !numeric(s)) {
            return false; // “同心之家”, “暖心驿站”, “某某美食节”: a centre's, a station's or an event's own name
        }
        return numeric(s) || lexicons.formulas().get(s) != null || !scareQuoted(begin, end);
    }

    /** Numerals, digits or formula numerals, on both sides of a middle dot and nothing else (七·一, 一二·九, 12·9). */
    private boolean dayName(String s) {
        int dot = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Punctuation.DAY_DOTS.has(c)) {
                if (dot >= 0) {
                    return false;
                }
                dot = i;
            } else if (!Character.isDigit(c) && !formulaNumerals.has(c)) {
                return false;
            }
        }
        return dot > 0 && dot < s.length() - 1;
    }

    /** Two to four clauses of two to ten characters, separated by ，or 、, with no stop or colon: 研发在城区、生产在园区. */
    private static boolean parallelClauses(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Punctuation.SENTENCE_END.has(s.charAt(i)) || s.charAt(i) == '：' || s.charAt(i) == ':') {
                return false;
            }
        }
        String[] clauses = CLAUSES.split(s);
        if (clauses.length < 2 || clauses.length > 4) {
            return false;
        }
        for (String clause : clauses) {
            if (clause.length() < 2 || clause.length() > MAX_CLAUSE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parallel clauses of one length set against each other (对仗: 青山门户，康养之都; 走基层、看变化，提建议、促发展):
     * coined, not speech, wherever the quotation stands.
     */
    private static boolean couplet(String s) {
        String[] clauses = CLAUSES.split(s);
        for (String clause : clauses) {
            if (clause.length() != clauses[0].length()) {
                return false;
            }
        }
        return true;
    }

    /** A LABELS word starts within a few characters after the closing mark (这一主题, 的新模式). */
    private boolean labelledAfter(int from) {
        for (int i = from; i < Math.min(text().length(), from + LABEL_REACH); i++) {
            if (Page.startsWith(contextHits, i, SloganContext.LABELS)) {
                return true;
            }
            if (!page.han(i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Longer than a catchphrase: over {@code maxQuoted} characters, or, for an enumeration of short
     * items (项目建设年、招商引资年、作风提升年), an item over that or more than twice it in all.
     */
    private boolean tooLong(String s) {
        int max = lexicons.maxQuoted();
        String[] items = ITEM_MARKS.split(s); // 问题通报—挂牌督办—执纪问责: a chain of short items
        if (items.length == 1) {
            return s.codePointCount(0, s.length()) > max;
        }
        for (String item : items) {
            if (item.codePointCount(0, item.length()) > max) {
                return true;
            }
        }
        return s.codePointCount(0, s.length()) > 2 * max;
    }

    /**
     * One ordinary dictionary word in quotes, used as a metaphor: after a verb or 的 (扛好“大梁”, 装上“加速器”,
     * 作风的“试金石”), and labelling nothing after it. After a noun or a conjunction (首季“开门红”,
     * 生猪和“菜篮子”等) the quoted word names a thing, and it is a term.
     */
    private boolean scareQuoted(int begin, int end) {
        String text = text();
        Lexicon.Entry word = contextHits.entryAt(begin);
        boolean whole = word != null && word.key().length() == end - begin;
        if (whole && word.is(SloganContext.TERM)) {
            return false; // 确保实现“开门红”, 争当“排头兵”: an everyday word that government text uses as a term
        }
        if (whole && word.is(SloganContext.FIGURE)) {
            return !Page.startsWith(contextHits, end + 1, SloganContext.LABELS); // 啃“硬骨头”, but “体检”服务
        }
        Token t = tokens().startingAt(begin);
        if (t == null || t.getEnd() != end || end - begin < 2) {
            return false;
        }
        if (TagGroup.PROPER_NAME.has(t)) {
            return false; // a special or proper term (断头路, 小巨人), not an everyday word
        }
        if (page.at(begin - 2) == '”' || page.at(end + 1) == '“') {
            return false; // “开门红”“开门好”: terms side by side are parallel terms, not a figure of speech
        }
        int after = pastQuotations(end + 1); // “一条龙”“保姆式”服务: past a chain of quotations
        if (Page.startsWith(contextHits, after, SloganContext.LABELS)) {
            return false;
        }
        if (TagGroup.PLAIN_VERB.has(t) && (after >= text.length() || !page.han(after))) {
            return true; // 去了几个地方“打卡”……: an ordinary verb in quotes that ends its clause
        }
        return afterVerbOrDe(begin - 1);
    }

    /** From {@code from}, just past a closing mark, past the quotations that follow it (“中秋”“国庆”期间). */
    private int pastQuotations(int from) {
        String text = text();
        int after = from;
        while (after < text.length() && text.charAt(after) == '“') {
            int close = text.indexOf('”', after);
            if (close < 0) {
                break;
            }
            after = close + 1;
        }
        return after;
    }

    /** The word before the opening mark at {@code open} is 的, a verb, or a complement after a verb (扛好, 装上, 当上了). */
    private boolean afterVerbOrDe(int open) {
        Token before = tokens().endingAt(open);
        for (int hops = 0; before != null && hops < 3; hops++) {
            if (TagGroup.GOVERNS_QUOTE.has(before) || hops > 0 && TagGroup.PREPOSITION.has(before)) {
                return true; // HanLP tags the verb of 当上了 as a preposition
            }
            if (!TagGroup.QUOTE_BRIDGE.has(before) || before.getEnd() - before.getBegin() > 1) {
                return false;
            }
            before = tokens().endingAt(before.getBegin());
        }
        return false;
    }

    /** Built on a count or a code: leading numeral (not an idiomatic one), paired numerals, 双…, digits. */
    boolean numeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (DIGIT_CODE.matcher(s).matches()) {
            return true;
        }
        char first = s.charAt(0);
        if (!formulaNumerals.has(first)) {
            return false;
        }
        if (value(first) != 1) {
            return true;
        }
        if (s.length() > 1 && setMeasures.has(s.charAt(1))) {
            return true;
        }
        for (int i = 2; i < s.length(); i++) { // 一带一路: a second numeral pairs the items
            char c = s.charAt(i);
            if (formulaNumerals.has(c) && (value(c) != 1 || i == 2)) {
                return true;
            }
        }
        return false;
    }

    /** The count a formula announces (三项机制 → 3, 5432 → 4 digits), or 0 when it announces none. */
    int count(String s) {
        if (DIGITS.matcher(s).matches()) {
            return s.length();
        }
        Lexicon.Entry first = s.isEmpty() ? null : lexicons.numerals().get(s.substring(0, 1));
        if (first != null && first.is(Numeral.NUMERAL)) {
            int v = value(s.charAt(0));
            return v <= 10 ? v : 0; // 百 and 千 open formulas but announce no count of items
        }
        return 0;
    }

    /** The value of a numeral of numerals.txt, or -1. */
    private int value(char c) {
        Lexicon.Entry e = lexicons.numerals().get(String.valueOf(c));
        return e == null ? -1 : Integer.parseInt(e.column(1));
    }
}
