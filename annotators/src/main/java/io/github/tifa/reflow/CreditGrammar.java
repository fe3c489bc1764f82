package io.github.tifa.reflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconPatterns;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.lexicon.WordClass.RoleNote;
import io.github.tifa.lexicon.WordClass.RoleTarget;
import io.github.tifa.model.Punctuation;

/**
 * The one grammar of credits (电头 and 署名), built from the byline lexicons and the shape of the
 * text, never from particular names. Reflow finds the credits of each paragraph with it (and keeps
 * the spaces that separate names inside them); the byline rules read each credit's parts with it.
 * Four positions:
 * <ul>
 * <li>{@link Position#DATELINE}: [citing] outlet [place] [date] kind [（role name… role name…）] at
 * a paragraph's start: 本报济宁讯（记者 曹俐 通讯员 康凯）, 新华社北京3月5日电（记者 张三）;</li>
 * <li>{@link Position#OPENING}: a paragraph that starts with role + space + names (after an optional
 * □/■ mark): 本报记者 王五, □本报记者 张  三 通讯员 李四;</li>
 * <li>{@link Position#CLOSING}: a bracketed credit that ends a paragraph: ……。（记者 赵六）, ……。（苗强）;</li>
 * <li>{@link Position#NAME_ONLY}: a paragraph that is only a name (秦 越) after a sentence end.</li>
 * </ul>
 * Names are runs of two to four Han characters, or two single characters padded with spaces to a
 * three-character width (张  三); several names may follow one role, separated by spaces or 、.
 */
public final class CreditGrammar {

    /** Where a credit stands, which decides how it is read. */
    public enum Position { DATELINE, OPENING, CLOSING, NAME_ONLY }

    /** A credited name with its canonical role ("" when none is printed). */
    public record Name(String role, int begin, int end) {
    }

    /** A credit found in a text: its span, position, dateline parts and names. */
    public record Credit(Position position, int begin, int end, String agency, String place, String dateline,
            List<Name> names) {
    }

    /** Pattern name of byline_patterns.txt: the date of a dateline (3月5日, 三月五日). */
    public static final String DATE = "DATE";
    private static final int MAX_PLACE = 10;

    private final CreditVocabulary vocabulary;
    private final LexiconTrie roles;
    private final LexiconTrie agencies;
    private final LexiconTrie surnames;
    private final Pattern date;

    /**
     * The grammar of these lexicons: byline_roles.txt, byline_agencies.txt, byline_context.txt,
     * surnames.txt, numerals.txt and byline_patterns.txt.
     *
     * @throws IllegalArgumentException when the patterns do not compile
     */
    public CreditGrammar(LexiconTrie roles, LexiconTrie agencies, LexiconTrie context, LexiconTrie surnames,
            LexiconTrie numerals, LexiconTrie patterns) {
        this.vocabulary = CreditVocabulary.of(roles, agencies, context);
        this.roles = roles;
        this.agencies = agencies;
        this.surnames = surnames;
        this.date = new LexiconPatterns(patterns, Set.of(DATE), numerals, context).get(DATE);
    }

    private static CreditGrammar builtIn;

    /** The grammar of the built-in lexicons, read once: for the pure function {@link Reflow#reflow(String)} and tests. */
    public static synchronized CreditGrammar builtIn() {
        if (builtIn == null) {
            builtIn = new CreditGrammar(LexiconTrie.read(Lexicons.BYLINE_ROLES), LexiconTrie.read(Lexicons.BYLINE_AGENCIES),
                    LexiconTrie.read(Lexicons.BYLINE_CONTEXT), LexiconTrie.read(Lexicons.SURNAMES),
                    LexiconTrie.read(Lexicons.NUMERALS), LexiconTrie.read(Lexicons.BYLINE_PATTERNS));
        }
        return builtIn;
    }

    /** The credit-line model that page layout reads lines with. */
    public CreditVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The credits of one paragraph, {@code text[start, end)}, in text order: an opening one (a
     * dateline, a credit line or a name alone) and a closing bracket, at most one of each.
     *
     * @param afterSentence whether the text before the paragraph ends a sentence (a name alone then credits it)
     */
    public List<Credit> find(String text, int start, int end, boolean afterSentence) {
        List<Credit> found = new ArrayList<>(2);
        int p = vocabulary.skipMarks(text, start, end);
        Credit opening = read(Position.DATELINE, text, p, end);
        if (opening == null) {
            opening = read(Position.OPENING, text, p, end);
        }
        if (opening == null && p == start && afterSentence) {
            opening = read(Position.NAME_ONLY, text, p, end);
        }
        int from = start;
        if (opening != null) {
            found.add(opening);
            from = Math.max(from, opening.end());
        }
        Credit closing = closing(text, from, end);
        if (closing != null) {
            found.add(closing);
        }
        return found;
    }

    /**
     * Reads the parts of a credit already found at {@code p} in its {@code position} (agency, place,
     * date, names), its line ending at {@code lineEnd}; null when it does not read as one.
     */
    public Credit read(Position position, String text, int p, int lineEnd) {
        return switch (position) {
            case DATELINE -> dateline(text, p, lineEnd);
            case OPENING -> creditLine(text, p, lineEnd);
            case CLOSING -> closingAt(text, p, lineEnd);
            case NAME_ONLY -> nameOnly(text, p, lineEnd);
        };
    }

    /** 本报济宁讯（记者 曹俐）, 据新华社北京3月5日电. */
    private Credit dateline(String text, int start, int lineEnd) {
        LexiconTrie.Matches roleHits = roles.lazy(text);
        int p = start;
        int citing = vocabulary.citingAt(text, p);
        if (citing > 0 && vocabulary.outletEnd(text, p + citing, lineEnd) > 0) {
            p += citing;
        }
        int agencyEnd = vocabulary.outletEnd(text, p, lineEnd);
        if (agencyEnd < 0 || roleHits.endAt(p) > agencyEnd) {
            return null; // 本报记者 … is a credit line
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
            return null;
        }
        q += kind;
        Credit credit = afterKind(text, q, lineEnd, roleHits);
        int end = credit == null ? q : credit.end();
        List<Name> names = credit == null ? List.of() : credit.names();
        return new Credit(Position.DATELINE, start, end, agency, place, dateline, names);
    }

    /**
     * The credit right after a dateline's kind at {@code q}: （role name…）, （name…） or, after a space,
     * role name… (本报讯 记者 王燕); null when none.
     */
    private Credit afterKind(String text, int q, int lineEnd, LexiconTrie.Matches roleHits) {
        while (q < lineEnd && Character.isWhitespace(text.charAt(q))) {
            q++; // 马尾新闻网讯 （记者 李朔）, 本报讯 记者 王燕8月23日
        }
        if (q < lineEnd && roleHits.endAt(q) > 0 && vocabulary.startsWithRole(text, q, lineEnd)) {
            List<Name> names = names(text, q, lineEnd, roleHits);
            return names.isEmpty() ? null : new Credit(Position.DATELINE, q, names.get(names.size() - 1).end(), "", "",
                    "", names);
        }
        if (q < lineEnd && (text.charAt(q) == '（' || text.charAt(q) == '(')) {
            int close = closingBracket(text, q, lineEnd);
            if (close > 0) {
                List<Name> inside = names(text, q + 1, close, roleHits);
                if (inside.isEmpty()) {
                    inside = surnamed(text, q + 1, close); // 本报讯（王芳）: names without a role
                }
                if (!inside.isEmpty() && inside.get(inside.size() - 1).end() <= close) {
                    return new Credit(Position.DATELINE, q, close + 1, "", "", "", inside);
                }
            }
        }
        return null;
    }

    /** 本报记者 王五 通讯员 李四 opening a paragraph. */
    private Credit creditLine(String text, int start, int lineEnd) {
        LexiconTrie.Matches roleHits = roles.lazy(text);
        int roleAt = vocabulary.creditRoleAt(text, start, lineEnd);
        int roleEnd = roleAt < 0 ? -1 : roleHits.endAt(roleAt);
        if (roleEnd < 0 || roleEnd >= lineEnd) {
            return null;
        }
        List<Name> names = names(text, roleAt, lineEnd, roleHits);
        if (names.isEmpty()) {
            return null;
        }
        int end = closingWord(text, names.get(names.size() - 1).end(), lineEnd, roleHits);
        int agencyEnd = roleAt > start ? roleAt : agencies.lazy(text).endAt(start); // 某某日报·某某客户端记者, 本报记者
        String agency = agencyEnd > 0 && agencyEnd < roleEnd ? text.substring(start, agencyEnd) : "";
        return new Credit(Position.OPENING, start, end, agency, "", "", names);
    }

    /** （记者 赵六） or, right after a sentence end, （苗强） closing {@code text[from, lineEnd)}. */
    private Credit closing(String text, int from, int lineEnd) {
        int last = trimEnd(text, from, lineEnd);
        if (last <= from || (text.charAt(last - 1) != '）' && text.charAt(last - 1) != ')')) {
            return null;
        }
        int open = Math.max(text.lastIndexOf('（', last - 1), text.lastIndexOf('(', last - 1));
        if (open < from) {
            return null;
        }
        if (roles.lazy(text).endAt(skipSpace(text, open + 1, last)) < 0) {
            // names alone in brackets only right after a sentence end: ……。（苗强）
            int before = open;
            while (before > from && Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            if (before == from || !Punctuation.SENTENCE_STOPS.has(text.charAt(before - 1))) {
                return null;
            }
        }
        return closingAt(text, open, lineEnd);
    }

    /** The bracketed credit that opens at {@code open} and closes its line, or null. */
    private Credit closingAt(String text, int open, int lineEnd) {
        LexiconTrie.Matches roleHits = roles.lazy(text);
        int last = trimEnd(text, open, lineEnd);
        int roleStart = skipSpace(text, open + 1, last);
        List<Name> names = roleHits.endAt(roleStart) < 0 ? surnamed(text, roleStart, last - 1)
                : names(text, roleStart, last - 1, roleHits);
        if (names.isEmpty() || !onlySpaceBetween(text, names.get(names.size() - 1).end(), last - 1)) {
            return null;
        }
        return new Credit(Position.CLOSING, open, last, "", "", "", names);
    }

    /** A paragraph that is only a name (秦 越). */
    private Credit nameOnly(String text, int start, int lineEnd) {
        int last = trimEnd(text, start, lineEnd);
        List<Name> names = surnamed(text, start, last);
        if (names.size() != 1 || names.get(0).end() != last) {
            return null;
        }
        return new Credit(Position.NAME_ONLY, start, last, "", "", "", names);
    }

    /** The end of a word that closes a credit (记者 王五 报道), or {@code end} when none follows. */
    private int closingWord(String text, int end, int limit, LexiconTrie.Matches roleHits) {
        int p = end;
        while (p < limit && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        int wordEnd = roleHits.endAt(p);
        Lexicon.Entry entry = wordEnd > 0 ? roles.get(text.substring(p, wordEnd)) : null;
        return entry != null && entry.is(RoleNote.END) ? wordEnd : end;
    }

    /** Names without a role, each starting with a surname, filling [p, limit) but for spaces and 、. */
    private List<Name> surnamed(String text, int p, int limit) {
        List<Name> result = new ArrayList<>();
        for (Name n : names(text, p, limit, null)) {
            if (surnames.lazy(text).endAt(n.begin()) < 0) {
                return List.of();
            }
            result.add(n);
        }
        if (result.isEmpty() || !onlySpaceBetween(text, result.get(result.size() - 1).end(), limit)) {
            return List.of();
        }
        return result;
    }

    /**
     * Reads role name… role name… from {@code p} up to {@code limit}; stops at the first thing that
     * is neither (punctuation, a long run of text). Empty when it does not start with a role; without
     * role hits, names only.
     */
    private List<Name> names(String text, int p, int limit, LexiconTrie.Matches roleHits) {
        List<Name> names = new ArrayList<>();
        String role = roleHits == null ? "" : null;
        while (p < limit) {
            int roleEnd = roleHits == null ? -1 : roleHits.endAt(p);
            if (roleEnd < 0 || roleEnd > limit) {
                char c = text.charAt(p);
                if (Character.isWhitespace(c) || Punctuation.NAME_SEPARATORS.has(c)
                        || Punctuation.ROLE_SEPARATORS.has(c) && role != null) {
                    p++;
                    continue;
                }
            }
            if (roleEnd > 0 && roleEnd <= limit) {
                Lexicon.Entry entry = roles.get(text.substring(p, roleEnd));
                if (entry != null && entry.is(RoleNote.END)) {
                    break; // 记者 王五 报道
                }
                if (entry != null && entry.is(RoleNote.SKIP)) {
                    p = roleEnd; // 记者 王五 文/图: text and photos by the same
                    continue;
                }
                if (entry != null && entry.column(1).equals(RoleTarget.PREVIOUS.name())) {
                    if (names.isEmpty()) {
                        break;
                    }
                    Name previous = names.remove(names.size() - 1); // 陈晓青/图: the photographer
                    names.add(new Name(entry.column(0), previous.begin(), previous.end()));
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
            int q = nameEnd(text, p, limit, roleHits);
            if (q < 0) {
                break;
            }
            names.add(new Name(role, p, q));
            p = q;
        }
        return names;
    }

    /** The end of the name at {@code p}: two to four Han characters, or 张  三 padded; -1 when none. */
    private static int nameEnd(String text, int p, int limit, LexiconTrie.Matches roleHits) {
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
            boolean single = r > q && r < limit && Han.at(text, r) && (r + width >= limit || !Han.at(text, r + width));
            return single ? r + width : -1;
        }
        return length > 4 ? -1 : q;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int skipSpace(String text, int p, int end) {
        while (p < end && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static int closingBracket(String text, int open, int limit) {
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
