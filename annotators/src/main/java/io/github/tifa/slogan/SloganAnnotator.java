package io.github.tifa.slogan;

import static io.github.tifa.slogan.SloganExpansion.items;
import static io.github.tifa.slogan.SloganExpansion.namedBefore;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.SloganContext;
import io.github.tifa.model.Punctuation;
import io.github.tifa.segment.TagGroup;
import io.github.tifa.segment.TokenIndex;
import io.github.tifa.type.Meeting;
import io.github.tifa.type.Slogan;

/**
 * Finds slogans (提法). In quotation marks: a numeric formula (“两个确立”, “1+3+N”) or a coined term
 * (“专精特新”, “瞪羚”企业) is a slogan; quoted speech (sentence punctuation, length), a scare-quoted
 * ordinary word (扛好“大梁”: one dictionary word that labels nothing after it) and a programme name
 * that quotes slogans inside it (“‘科创筑梦’助力‘双减’科普行动”: only the inner ones) are not.
 * Unquoted: a national formula from the lexicon, or a slogan this document has already quoted. {@code numeric}: built on a count or a code (a leading numeral other than an
 * idiomatic 一, paired numerals, 双…, digits); {@code expansion}: from the lexicon, or from the text
 * where the formula is defined in place (“5432”工作机制，即 A、B、C、D; A、B、C“三项机制”).
 */
@TypeCapability(inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", "io.github.tifa.type.Meeting"},
        outputs = "io.github.tifa.type.Slogan")
public class SloganAnnotator extends JCasAnnotator_ImplBase {

    /** National formulas (slogans_national.txt), counted quoted or not: term, expansion, numeric. */
    public static final String PARAM_FORMULA_LEXICON = "formulaLexicon";
    @ExternalResource(key = PARAM_FORMULA_LEXICON, mandatory = false)
    private LexiconResource formulaLexicon;

    /** Context words (slogan_context.txt): LABELS, IN_PLACE (即), SET_MEASURE (一批), ALIAS_CUE (简称). */
    public static final String PARAM_CONTEXT_LEXICON = "contextLexicon";
    @ExternalResource(key = PARAM_CONTEXT_LEXICON, mandatory = false)
    private LexiconResource contextLexicon;

    /** Numerals (numerals.txt): FORMULA numerals open a numeric formula, and give its count. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    private LexiconResource numeralLexicon;

    /** Longest quoted text (or enumerated item), in characters, that can still be a slogan rather than speech. */
    public static final String PARAM_MAX_QUOTED = "maxQuoted";
    @ConfigurationParameter(name = PARAM_MAX_QUOTED, mandatory = false, defaultValue = "12")
    private int maxQuoted;

    static final String RULE_QUOTED_FORMULA = "slogan.quoted-formula";
    static final String RULE_QUOTED_TERM = "slogan.quoted-term";
    static final String RULE_NATIONAL = "slogan.lexicon-formula";
    static final String RULE_QUOTED_EARLIER = "slogan.quoted-earlier";

    private static final Pattern DIGIT_CODE = Pattern.compile("[0-9A-Za-z]*[0-9][0-9A-Za-z+＋]*(?:\\+[0-9A-Za-z]+)*");
    /** Compiled once: String.replaceAll, split and matches would compile these on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ITEM_MARKS = Pattern.compile("[、—]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private LexiconTrie formulas;
    private LexiconTrie context;
    private LexiconTrie numerals;
    /** Numerals that open a numeric formula (FORMULA: 两个确立, 双减). */
    private LexiconTrie.CharClass formulaNumerals;
    /** Measures after the numeral one that still count a set (SET_MEASURE: 一排底线, 一批项目). */
    private LexiconTrie.CharClass setMeasures;

    @Override
    public void initialize(UimaContext ctx) throws ResourceInitializationException {
        super.initialize(ctx);
        formulas = LexiconResource.trieOf(formulaLexicon, Lexicons.SLOGANS_NATIONAL);
        context = LexiconResource.trieOf(contextLexicon, Lexicons.SLOGAN_CONTEXT);
        numerals = LexiconResource.trieOf(numeralLexicon, Lexicons.NUMERALS);
        formulaNumerals = numerals.chars(Numeral.FORMULA);
        setMeasures = context.chars(SloganContext.SET_MEASURE);
        for (Lexicon.Entry e : numerals.lexicon().entries()) {
            if (!e.column(1).matches("\\d+")) {
                throw new ResourceInitializationException(new IllegalArgumentException(String.format(
                        "%s line %d: third column (value) must be a number, got '%s'",
                        numerals.lexicon().name(), e.line(), e.column(1))));
            }
        }
        for (Lexicon.Entry e : formulas.lexicon().entries()) {
            String numeric = e.column(1);
            if (!numeric.isEmpty() && !numeric.equals("true") && !numeric.equals("false")) {
                throw new ResourceInitializationException(new IllegalArgumentException(String.format(
                        "%s line %d: third column (numeric) must be true or false, got '%s'",
                        formulas.lexicon().name(), e.line(), numeric)));
            }
        }
    }

    record Found(int begin, int end, boolean quoted, String rule) {
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        int n = text.length();
        TokenIndex tokens = TokenIndex.of(jcas);
        LexiconTrie.Matches contextHits = context.lazy(text);
        List<Found> found = new ArrayList<>();
        BitSet quotedChar = new BitSet(); // the quotations and their marks
        for (int[] q : quotations(text)) {
            quotedChar.set(Math.max(0, q[0] - 1), Math.min(n, q[1] + 1));
            classifyQuoted(text, q[0], q[1], tokens, contextHits, found);
        }
        List<Found> unquoted = unquoted(text, tokens, quotedChar, found);
        for (Found u : unquoted) {
            if (found.stream().noneMatch(f -> f.begin < u.end && u.begin < f.end)) {
                found.add(u);
            }
        }
        // the head of a meeting's name is no slogan, quoted or not (全国“两会”); a slogan inside a
        // name stays one (“四个一批”工作例会)
        List<Meeting> meetings = List.copyOf(JCasUtil.select(jcas, Meeting.class));
        found.removeIf(f -> meetings.stream().anyMatch(m -> m.getBegin() <= f.begin && f.end == m.getEnd()));
        for (Found f : found) {
            String covered = text.substring(f.begin, f.end);
            String canonical = SPACES.matcher(covered).replaceAll("");
            Slogan slogan = new Slogan(jcas, f.begin, f.end);
            slogan.setQuoted(f.quoted);
            slogan.setNumeric(numeric(canonical));
            slogan.setCanonical(canonical);
            slogan.setExpansion(expansion(text, canonical, f, contextHits, tokens));
            slogan.setRule(f.rule);
            slogan.addToIndexes();
        }
    }

    /**
     * Formulas printed without quotation marks: national ones, and those this page quoted before,
     * of either kind; none inside a quotation.
     */
    private List<Found> unquoted(String text, TokenIndex tokens, BitSet quotedChar, List<Found> found) {
        // national ones (the shared trie, built once)…
        List<Found> unquoted = new ArrayList<>();
        LexiconTrie.Matches national = formulas.match(text);
        for (int i = 0; i < text.length(); i++) {
            int end = national.endAt(i);
            if (end > 0 && !quotedChar.get(i) && aligned(tokens, i, end)) {
                unquoted.add(new Found(i, end, false, RULE_NATIONAL));
            }
        }
        // …and those this page quoted before, of either kind (a handful of strings: no trie needed)
        Map<String, Integer> quotedAt = new TreeMap<>();
        for (Found f : found) {
            quotedAt.merge(text.substring(f.begin, f.end), f.begin, Math::min);
        }
        quotedAt.forEach((s, first) -> {
            for (int at = text.indexOf(s, first + 1); at >= 0; at = text.indexOf(s, at + 1)) {
                if (!quotedChar.get(at) && aligned(tokens, at, at + s.length())) {
                    unquoted.add(new Found(at, at + s.length(), false, RULE_QUOTED_EARLIER));
                }
            }
        });
        return unquoted;
    }

    /** Content spans [begin, end) of quotations, inner ones (‘…’ inside “…”) included. */
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
        return result;
    }

    private void classifyQuoted(String text, int begin, int end, TokenIndex tokens,
            LexiconTrie.Matches contextHits, List<Found> found) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin >= end) {
            return;
        }
        String s = text.substring(begin, end);
        if (s.indexOf('‘') >= 0 || s.indexOf('“') >= 0 || s.indexOf('’') >= 0) {
            return; // a programme name quoting slogans: only the inner quotations count
        }
        for (int i = 0; i < s.length(); i++) {
            if (Punctuation.SPEECH_MARKS.marks().indexOf(s.charAt(i)) >= 0) {
                return; // quoted speech
            }
        }
        if (tooLong(s)) {
            return; // speech, or a phrase too long to be a catchphrase
        }
        boolean numeric = numeric(s);
        if (!numeric && formulas.get(s) == null && scareQuoted(text, begin, end, tokens, contextHits)) {
            return;
        }
        found.add(new Found(begin, end, true, numeric ? RULE_QUOTED_FORMULA : RULE_QUOTED_TERM));
    }

    /**
     * Longer than a catchphrase: over {@code maxQuoted} characters, or, for an enumeration of short
     * items (项目建设年、招商引资年、作风提升年), an item over that or more than twice it in all.
     */
    private boolean tooLong(String s) {
        String[] items = ITEM_MARKS.split(s); // 问题通报—挂牌督办—执纪问责: a chain of short items
        if (items.length == 1) {
            return s.codePointCount(0, s.length()) > maxQuoted;
        }
        for (String item : items) {
            if (item.codePointCount(0, item.length()) > maxQuoted) {
                return true;
            }
        }
        return s.codePointCount(0, s.length()) > 2 * maxQuoted;
    }

    /**
     * One ordinary dictionary word in quotes, used as a metaphor: after a verb or 的 (扛好“大梁”, 装上“加速器”,
     * 作风的“试金石”), and labelling nothing after it. After a noun or a conjunction (首季“开门红”,
     * 生猪和“菜篮子”等) the quoted word names a thing, and it is a term.
     */
    private static boolean scareQuoted(String text, int begin, int end, TokenIndex tokens,
            LexiconTrie.Matches contextHits) {
        Token t = tokens.startingAt(begin);
        if (t == null || t.getEnd() != end || end - begin < 2) {
            return false;
        }
        if (TagGroup.PROPER_NAME.has(t)) {
            return false; // a special or proper term (断头路, 小巨人), not an everyday word
        }
        if (begin >= 2 && text.charAt(begin - 2) == '”' || end + 1 < text.length() && text.charAt(end + 1) == '“') {
            return false; // “开门红”“开门好”: terms side by side are parallel terms, not a figure of speech
        }
        int after = end + 1; // past the closing mark; “一条龙”“保姆式”服务: past a chain of quotations
        while (after < text.length() && text.charAt(after) == '“') {
            int close = text.indexOf('”', after);
            if (close < 0) {
                break;
            }
            after = close + 1;
        }
        Lexicon.Entry next = contextHits.entryAt(after);
        if (next != null && next.is(SloganContext.LABELS)) {
            return false;
        }
        return afterVerbOrDe(tokens, begin - 1);
    }

    /** The word before the opening mark at {@code open} is 的, a verb, or a complement after a verb (扛好, 装上, 当上了). */
    private static boolean afterVerbOrDe(TokenIndex tokens, int open) {
        Token before = tokens.endingAt(open);
        for (int hops = 0; before != null && hops < 3; hops++) {
            if (TagGroup.GOVERNS_QUOTE.has(before) || hops > 0 && TagGroup.PREPOSITION.has(before)) {
                return true; // HanLP tags the verb of 当上了 as a preposition
            }
            if (!TagGroup.QUOTE_BRIDGE.has(before) || before.getEnd() - before.getBegin() > 1) {
                return false;
            }
            before = tokens.endingAt(before.getBegin());
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

    private static boolean aligned(TokenIndex tokens, int begin, int end) {
        return tokens.startingAt(begin) != null && tokens.endingAt(end) != null;
    }

    private String expansion(String text, String canonical, Found f, LexiconTrie.Matches contextHits,
            TokenIndex tokens) {
        Lexicon.Entry e = formulas.get(canonical);
        if (e != null && !e.column(0).isEmpty()) {
            return e.column(0);
        }
        int count = count(canonical);
        // named in place: A（以下简称“X”）, A，简称“X”
        String named = namedBefore(text, f, tokens, contextHits);
        if (named != null) {
            return named;
        }
        // defined after: “5432”工作机制，即A、B、C、D
        int sentenceEnd = text.indexOf('。', f.end);
        if (sentenceEnd < 0) {
            sentenceEnd = text.length();
        }
        for (int i = f.end; i < sentenceEnd; i++) {
            Lexicon.Entry c = contextHits.entryAt(i);
            if (c != null && c.is(SloganContext.IN_PLACE) && (i == 0 || "，,：:（(".indexOf(text.charAt(i - 1)) >= 0)) {
                List<String> items = items(text.substring(i + c.key().length(), sentenceEnd), count);
                if (!items.isEmpty()) {
                    return String.join("；", items);
                }
            }
        }
        // defined before: A、B、C“三项机制”
        if (f.quoted && count > 1) {
            int open = f.begin - 1;
            int from = open;
            while (from > 0 && "，,。；;：:\n“”".indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            Token verb = tokens.startingAt(from);
            if (verb != null && verb.getEnd() < open && TagGroup.PLAIN_VERB.has(verb)) {
                from = verb.getEnd(); // 健全 A、B、C“三项机制”: the verb is not an item
            }
            String before = text.substring(from, open);
            List<String> items = List.of(before.split("、"));
            if (items.size() == count && items.stream().allMatch(s -> !s.isBlank())) {
                return String.join("；", items);
            }
        }
        return "";
    }

    /** The count a formula announces (三项机制 → 3, 5432 → 4 digits), or 0 when it announces none. */
    int count(String s) {
        if (DIGITS.matcher(s).matches()) {
            return s.length();
        }
        if (!s.isEmpty() && numerals.get(s.substring(0, 1)) != null && numerals.get(s.substring(0, 1)).is(Numeral.NUMERAL)) {
            int v = value(s.charAt(0));
            return v <= 10 ? v : 0; // 百 and 千 open formulas but announce no count of items
        }
        return 0;
    }

    /** The value of a numeral of numerals.txt, or -1. */
    private int value(char c) {
        Lexicon.Entry e = numerals.get(String.valueOf(c));
        return e == null ? -1 : Integer.parseInt(e.column(1));
    }
}
