package io.github.tifa.byline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconPatterns;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.reflow.CreditLineAnnotator;
import io.github.tifa.reflow.Han;
import io.github.tifa.reflow.PageLayout;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;

/**
 * Finds bylines (电头 and 署名) and the contributors they credit. Three shapes, built from the
 * outlet and role lexicons and the shape of the text, never from particular names:
 * <ul>
 * <li>{@code dateline}: [citing] outlet [place] [date] kind [（role name… role name…）] at the
 * start of a paragraph: 本报济宁讯（记者 曹俐 通讯员 康凯）, 新华社北京3月5日电（记者 张三）;</li>
 * <li>{@code credit-line}: a paragraph that starts with role + space + names (after an optional
 * □/■ mark): 本报记者 王五, □本报记者 张  三 通讯员 李四;</li>
 * <li>{@code trailing}: a bracketed credit that ends a paragraph: ……。（记者 赵六）.</li>
 * </ul>
 * Names are runs of two to four Han characters, or two single characters padded with spaces to a
 * three-character width (张  三); several names may follow one role, separated by spaces or 、.
 */
@TypeCapability(outputs = {"io.github.tifa.type.Byline", "io.github.tifa.type.Contributor"})
public class BylineAnnotator extends CreditLineAnnotator {

    /** Surnames: a credit that prints names without a role (（苗强）, 秦 越) starts each with one. */
    public static final String PARAM_SURNAME_LEXICON = "surnameLexicon";
    @ExternalResource(key = PARAM_SURNAME_LEXICON, mandatory = false)
    private LexiconResource surnameLexicon;

    /** Numerals (numerals.txt), for dates printed in Chinese numerals. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    private LexiconResource numeralLexicon;

    /** The byline patterns (byline_patterns.txt): {@value #DATE}. */
    public static final String PARAM_PATTERNS = "bylinePatterns";
    @ExternalResource(key = PARAM_PATTERNS, mandatory = false)
    private LexiconResource patternLexicon;

    static final String RULE_DATELINE = "byline.dateline";
    static final String RULE_CREDIT_LINE = "byline.credit-line";
    static final String RULE_TRAILING = "byline.trailing-credit";
    static final String RULE_NAME_ONLY = "byline.closing-name";

    /** Pattern name: the date of a dateline (3月5日, 三月五日). */
    static final String DATE = "DATE";
    private static final int MAX_PLACE = 10;

    private LexiconTrie agencies;
    private LexiconTrie roles;
    private LexiconTrie surnames;
    private Pattern date;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        roles = LexiconResource.trieOf(roleLexicon, Lexicons.BYLINE_ROLES);
        agencies = LexiconResource.trieOf(agencyLexicon, Lexicons.BYLINE_AGENCIES);
        surnames = LexiconResource.trieOf(surnameLexicon, Lexicons.SURNAMES);
        LexiconTrie bylineContext = LexiconResource.trieOf(bylineContextLexicon, Lexicons.BYLINE_CONTEXT);
        try {
            date = new LexiconPatterns(LexiconResource.trieOf(patternLexicon, Lexicons.BYLINE_PATTERNS), Set.of(DATE),
                    LexiconResource.trieOf(numeralLexicon, Lexicons.NUMERALS), bylineContext).get(DATE);
        } catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** A credited name with its canonical role, in clean offsets. */
    record Credit(String role, int begin, int end) {
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        LexiconTrie.Matches agencyHits = agencies.lazy(text); // consulted at line starts
        LexiconTrie.Matches roleHits = roles.lazy(text);
        int covered = -1; // end of the last byline, so that shapes do not overlap
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int p = vocabulary.skipMarks(text, lineStart, lineEnd);
            int end = dateline(jcas, text, p, lineEnd, agencyHits, roleHits);
            if (end < 0) {
                end = creditLine(jcas, text, p, lineEnd, agencyHits, roleHits);
            }
            if (end < 0 && p < lineEnd) {
                end = nameOnly(jcas, text, p, lineEnd);
            }
            covered = Math.max(covered, end);
            trailing(jcas, text, Math.max(lineStart, covered), lineEnd, roleHits);
            lineStart = lineEnd + 1;
        }
    }

    /** 本报济宁讯（记者 曹俐）, 据新华社北京3月5日电: returns the byline's end, or -1. */
    private int dateline(JCas jcas, String text, int start, int lineEnd, LexiconTrie.Matches agencyHits,
            LexiconTrie.Matches roleHits) {
        int p = start;
        int citing = vocabulary.citingAt(text, p);
        if (citing > 0 && vocabulary.outletEnd(text, p + citing, lineEnd) > 0) {
            p += citing;
        }
        int agencyEnd = vocabulary.outletEnd(text, p, lineEnd);
        if (agencyEnd < 0 || roleHits.endAt(p) > agencyEnd) {
            return -1; // 本报记者 … is a credit line
        }
        String agency = text.substring(p, agencyEnd);
        int q = agencyEnd;
        int placeBegin = q;
        while (q < lineEnd && q - placeBegin <= MAX_PLACE && Han.at(text, q) && vocabulary.kindAt(text, q) == 0
                && !date.matcher(text).region(q, lineEnd).lookingAt()) {
            q++;
        }
        String place = text.substring(placeBegin, q);
        String dateline = "";
        Matcher dated = date.matcher(text).region(q, lineEnd);
        if (dated.lookingAt()) {
            dateline = dated.group();
            q = dated.end();
        }
        int kind = vocabulary.kindAt(text, q);
        if (kind == 0 || place.length() > MAX_PLACE) {
            return -1;
        }
        q += kind;
        int end = q;
        List<Credit> credits = List.of();
        while (q < lineEnd && Character.isWhitespace(text.charAt(q))) {
            q++; // 马尾新闻网讯 （记者 李朔）, 本报讯 记者 王燕8月23日
        }
        if (q < lineEnd && roleHits.endAt(q) > 0 && vocabulary.startsWithRole(text, q, lineEnd)) {
            credits = credits(text, q, lineEnd, roleHits);
            if (!credits.isEmpty()) {
                end = credits.get(credits.size() - 1).end;
            }
        } else if (q < lineEnd && (text.charAt(q) == '（' || text.charAt(q) == '(')) {
            int close = closing(text, q, lineEnd);
            if (close > 0) {
                List<Credit> inside = credits(text, q + 1, close, roleHits);
                if (!inside.isEmpty() && inside.get(inside.size() - 1).end <= close) {
                    credits = inside;
                    end = close + 1;
                }
            }
        }
        add(jcas, start, end, agency, place, dateline, credits, RULE_DATELINE);
        return end;
    }

    /** 本报记者 王五 通讯员 李四 opening a paragraph: returns the byline's end, or -1. */
    private int creditLine(JCas jcas, String text, int start, int lineEnd, LexiconTrie.Matches agencyHits,
            LexiconTrie.Matches roleHits) {
        int roleEnd = roleHits.endAt(start);
        if (roleEnd < 0 || roleEnd >= lineEnd || !vocabulary.startsWithRole(text, start, lineEnd)) {
            return -1;
        }
        List<Credit> credits = credits(text, start, lineEnd, roleHits);
        if (credits.isEmpty()) {
            return -1;
        }
        int end = closingWord(text, credits.get(credits.size() - 1).end, lineEnd, roleHits);
        int agencyEnd = agencyHits.endAt(start);
        String agency = agencyEnd > 0 && agencyEnd < roleEnd ? text.substring(start, agencyEnd) : "";
        add(jcas, start, end, agency, "", "", credits, RULE_CREDIT_LINE);
        return end;
    }

    /** （记者 赵六） closing a paragraph. */
    private void trailing(JCas jcas, String text, int from, int lineEnd, LexiconTrie.Matches roleHits) {
        int last = lineEnd;
        while (last > from && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last <= from || (text.charAt(last - 1) != '）' && text.charAt(last - 1) != ')')) {
            return;
        }
        int open = Math.max(text.lastIndexOf('（', last - 1), text.lastIndexOf('(', last - 1));
        if (open < from) {
            return;
        }
        int roleStart = open + 1;
        while (roleStart < last && Character.isWhitespace(text.charAt(roleStart))) {
            roleStart++;
        }
        List<Credit> credits;
        if (roleHits.endAt(roleStart) < 0) {
            // ……。（苗强）: names alone in brackets right after a sentence end
            int before = open;
            while (before > from && Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            if (before == from || "。！？".indexOf(text.charAt(before - 1)) < 0) {
                return;
            }
            credits = names(text, roleStart, last - 1);
        } else {
            credits = credits(text, roleStart, last - 1, roleHits);
        }
        if (credits.isEmpty() || !onlySpaceBetween(text, credits.get(credits.size() - 1).end, last - 1)) {
            return;
        }
        add(jcas, open, last, "", "", "", credits, RULE_TRAILING);
    }

    /** The end of a word that closes a credit (记者 王五 报道), or {@code end} when none follows. */
    private int closingWord(String text, int end, int limit, LexiconTrie.Matches roleHits) {
        int p = end;
        while (p < limit && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        int wordEnd = roleHits.endAt(p);
        Lexicon.Entry entry = wordEnd > 0 ? roles.get(text.substring(p, wordEnd)) : null;
        return entry != null && entry.is("END") ? wordEnd : end;
    }

    /** A paragraph that is only a name (秦 越) right after a paragraph that ends a sentence. */
    private int nameOnly(JCas jcas, String text, int start, int lineEnd) {
        int before = start - 1;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before <= 0 || "。！？".indexOf(text.charAt(before - 1)) < 0) {
            return -1;
        }
        int last = lineEnd;
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        List<Credit> credits = names(text, start, last);
        if (credits.size() != 1 || credits.get(0).end != last) {
            return -1;
        }
        add(jcas, start, last, "", "", "", credits, RULE_NAME_ONLY);
        return last;
    }

    /** Names without a role, each starting with a surname, filling [p, limit) but for spaces and 、. */
    private List<Credit> names(String text, int p, int limit) {
        List<Credit> result = new ArrayList<>();
        for (Credit c : credits(text, p, limit, null)) {
            if (surnames.lazy(text).endAt(c.begin) < 0) {
                return List.of();
            }
            result.add(c);
        }
        if (result.isEmpty() || !onlySpaceBetween(text, result.get(result.size() - 1).end, limit)) {
            return List.of();
        }
        return result;
    }

    /**
     * Reads role name… role name… from {@code p} up to {@code limit}; stops at the first thing that
     * is neither (punctuation, a long run of text). Empty when it does not start with a role.
     */
    List<Credit> credits(String text, int p, int limit, LexiconTrie.Matches roleHits) {
        List<Credit> credits = new ArrayList<>();
        String role = roleHits == null ? "" : null; // without role hits: names only, no role
        while (p < limit) {
            char c = text.charAt(p);
            if (Character.isWhitespace(c) || c == '、' || (c == '，' || c == '：' || c == ':') && role != null) {
                p++;
                continue;
            }
            int roleEnd = roleHits == null ? -1 : roleHits.endAt(p);
            if (roleEnd > 0 && roleEnd <= limit) {
                Lexicon.Entry entry = roles.get(text.substring(p, roleEnd));
                if (entry != null && entry.is("END")) {
                    break; // 记者 王五 报道
                }
                if (entry != null && entry.is("SKIP")) {
                    p = roleEnd; // 记者 王五 文/图: text and photos by the same
                    continue;
                }
                if (entry != null && entry.column(1).equals("PREVIOUS")) {
                    if (credits.isEmpty()) {
                        break;
                    }
                    Credit previous = credits.remove(credits.size() - 1); // 陈晓青/图: the photographer
                    credits.add(new Credit(entry.column(0), previous.begin, previous.end));
                    p = roleEnd;
                    continue;
                }
                role = entry == null ? text.substring(p, roleEnd) : entry.column(0);
                p = roleEnd;
                continue;
            }
            if (role == null || !Han.at(text, p)) {
                break;
            }
            int q = p;
            while (q < limit && Han.at(text, q) && (q == p || roleHits == null || roleHits.endAt(q) < 0 || q - p < 2)) {
                q++;
            }
            int length = Character.codePointCount(text, p, q); // 𠮷明远 is three characters
            if (length == 1) {
                // a two-character name padded to three characters' width: 张  三
                int r = q;
                while (r < limit && text.charAt(r) == ' ' || r < limit && text.charAt(r) == '\u3000') {
                    r++;
                }
                int width = r < limit ? Character.charCount(text.codePointAt(r)) : 1;
                boolean single = r > q && r < limit && Han.at(text, r)
                        && (r + width >= limit || !Han.at(text, r + width));
                if (!single) {
                    break;
                }
                q = r + width;
            } else if (length > 4) {
                break;
            }
            credits.add(new Credit(role, p, q));
            p = q;
        }
        return credits;
    }

    private void add(JCas jcas, int begin, int end, String agency, String place, String dateline,
            List<Credit> credits, String rule) {
        Byline byline = new Byline(jcas, begin, end);
        byline.setAgency(agency);
        byline.setPlace(place);
        byline.setDateline(dateline);
        byline.setRule(rule);
        byline.addToIndexes();
        for (Credit credit : credits) {
            Contributor contributor = new Contributor(jcas, credit.begin, credit.end);
            contributor.setRole(credit.role);
            contributor.setRule(rule);
            contributor.addToIndexes();
        }
    }

    private static int closing(String text, int open, int limit) {
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                return i;
            }
            if (c == '（' || c == '(') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
