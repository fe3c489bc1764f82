package io.github.tifa.reflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.RoleNote;
import io.github.tifa.lexicon.WordClass.RoleTarget;
import io.github.tifa.model.Punctuation;

/**
 * How the names inside a credit are read, whatever its position: role name… role name…, names
 * without a role that each start with a surname, a closing word (报道), and the marks between.
 * Names are runs of two to four Han characters, or two single characters padded with spaces to a
 * three-character width (张  三), separated by spaces, 、, /, | (and after a role by ：or ，).
 */
final class CreditNames {
    private final LexiconTrie roles;
    private final LexiconTrie surnames;
    private final Map<String, Integer> surnameRanks = new HashMap<>();
    private final List<String> outletSuffixes;
    /** Editors' roles (byline_context.txt STAFF): read as a role only after another one. */
    private final List<String> staff;

    CreditNames(LexiconTrie roles, LexiconTrie surnames, List<String> outletSuffixes, List<String> staff) {
        this.roles = roles;
        this.surnames = surnames;
        this.outletSuffixes = outletSuffixes;
        this.staff = staff;
        for (Lexicon.Entry e : surnames.lexicon().entries()) {
            surnameRanks.putIfAbsent(e.key(), surnameRanks.size());
        }
    }

    /** White space between the parts of a credit, the no-break space of web text (U+00A0) included. */
    static boolean space(char c) {
        return Character.isWhitespace(c) || RawLine.isSpace(c);
    }

    LexiconTrie roles() {
        return roles;
    }

    /**
     * 秦越摄影报道, 秦越 摄: a name that starts with a surname, then the role it took and closing words
     * filling {@code [p, limit)}; null when the text is not only that.
     */
    CreditGrammar.Name nameThenRole(String text, int p, int limit) {
        LexiconTrie.Matches roleHits = roles.lazy(text);
        int q = nameEnd(text, p, limit, roleHits);
        if (q < 0 || !startsWithSurname(text, p)) {
            return null;
        }
        int r = skipSpace(text, q, limit);
        int roleEnd = roleHits.endAt(r);
        Lexicon.Entry role = roleEnd < 0 ? null : roles.get(text.substring(r, roleEnd));
        String given = role == null || role.is(RoleNote.SKIP) || role.is(RoleNote.UNNAMED) ? ""
                : role.is(RoleNote.END) ? roleGivenBy(role) : role.column(0);
        if (given.isEmpty()) {
            return null;
        }
        int end = closingWord(text, roleEnd, limit, roleHits);
        return onlySpaceBetween(text, end, limit) ? new CreditGrammar.Name(given, p, q) : null;
    }

    /** The role a closing word gives the names printed without one before it (摄: 摄影), or "". */
    static String roleGivenBy(Lexicon.Entry closing) {
        String role = closing.column(1);
        return role.equals(RoleTarget.PREVIOUS.name()) ? "" : role;
    }

    /** The role the closing word that begins at {@code at} and ends at {@code end} gives, or "". */
    String roleGivenBy(String text, int at, int end) {
        Lexicon.Entry entry = roles.get(text.substring(at, end));
        return entry == null ? "" : roleGivenBy(entry);
    }

    /** The names printed without a role, with the role a closing word after them gives (孔丽 摄). */
    static List<CreditGrammar.Name> given(List<CreditGrammar.Name> names, String role) {
        return role.isEmpty() ? names : names.stream()
                .map(n -> n.role().isEmpty() ? new CreditGrammar.Name(role, n.begin(), n.end()) : n).toList();
    }

    /** A surname of surnames.txt starts at {@code p}. */
    boolean startsWithSurname(String text, int p) {
        return surnames.lazy(text).endAt(p) > 0;
    }

    /** The end of a word that closes a credit (记者 王五 报道), or {@code end} when none follows. */
    int closingWord(String text, int end, int limit, LexiconTrie.Matches roleHits) {
        int p = end;
        while (p < limit && space(text.charAt(p))) {
            p++;
        }
        int wordEnd = roleHits.endAt(p);
        Lexicon.Entry entry = wordEnd > 0 ? roles.get(text.substring(p, wordEnd)) : null;
        return entry != null && entry.is(RoleNote.END) ? wordEnd : end;
    }

    /**
     * Past a closing word and the separator after it (供稿: of （组织处供稿: 孔丽）), where the names
     * begin; {@code p} when none stands there.
     */
    int afterSupplied(String text, int p, int limit) {
        LexiconTrie.Matches hits = roles.lazy(text);
        int wordEnd = closingWord(text, p, limit, hits);
        if (wordEnd == p) {
            int roleEnd = hits.endAt(p);
            Lexicon.Entry e = roleEnd > p ? roles.get(text.substring(p, roleEnd)) : null;
            if (e == null || !e.is(RoleNote.UNNAMED) || roleEnd > limit) {
                return p;
            }
            wordEnd = roleEnd; // （组织处供稿：孔丽）: 供稿 and its colon are one word of the lexicon
        }
        int q = wordEnd;
        while (q < limit && (space(text.charAt(q)) || Punctuation.ROLE_SEPARATORS.has(text.charAt(q)))) {
            q++;
        }
        return q;
    }

    /**
     * Where a word that closes a credit (供稿, 报道) begins if one ends exactly at {@code end} after
     * {@code from}; -1 if none does.
     */
    int closingWordBefore(String text, int from, int end) {
        LexiconTrie.Matches hits = roles.lazy(text);
        for (int q = from + 1; q < end; q++) { // the longest word first: 文/摄 is a note, not 摄
            if (hits.endAt(q) == end) {
                Lexicon.Entry entry = roles.get(text.substring(q, end));
                return entry != null && entry.is(RoleNote.END) ? q : -1;
            }
        }
        return -1;
    }

    /**
     * Names without a role filling [p, limit) but for spaces and 、, in a closing bracket: the first starts
     * with a surname, the others are two or three characters ((张立新 弓晓华): 弓 is a rare surname).
     */
    List<CreditGrammar.Name> leadSurnamed(String text, int p, int limit) {
        List<CreditGrammar.Name> all = names(text, p, limit, roles.lazy(text), "", false);
        if (all.isEmpty() || surnames.lazy(text).endAt(all.get(0).begin()) < 0
                || !onlySpaceBetween(text, notesEnd(text, all.get(all.size() - 1).end(), limit), limit)) {
            return List.of();
        }
        for (CreditGrammar.Name n : all.subList(1, all.size())) {
            int length = n.end() - n.begin();
            if (length < 2 || length > 3) {
                return List.of();
            }
        }
        return all;
    }

    /**
     * Two names printed without a space between them, filling [p, limit) (（王立新张海燕）, （林晓韩冬）): four to six Han
     * characters that part into two names of two or three, each opening with one of the commonest surnames, of one
     * character, in one way only (not 贺信全|文另发); empty otherwise.
     */
    List<CreditGrammar.Name> glued(String text, int p, int limit) {
        int length = limit - p;
        if (length < 4 || length > 6 || !Han.all(text, p, limit) || !commonSurname(text, p)) {
            return List.of();
        }
        List<CreditGrammar.Name> parted = List.of();
        for (int first = 2; first <= 3; first++) {
            int second = p + first;
            if (length - first >= 2 && length - first <= 3 && commonSurname(text, second)) {
                if (!parted.isEmpty()) {
                    return List.of(); // 林晓明韩冬, parted 林晓|明韩冬 or 林晓明|韩冬: no telling
                }
                parted = List.of(new CreditGrammar.Name("", p, second), new CreditGrammar.Name("", second, limit));
            }
        }
        return parted;
    }

    /**
     * Past the notes that follow a name ({@code /摄}, {@code 文/图}) and a closing word after a slash or a space
     * (林晓/整理, 林晓 整理) from {@code p}; {@code p} when none does.
     */
    int notesEnd(String text, int p, int limit) {
        LexiconTrie.Matches hits = roles.lazy(text);
        int q = skipSpace(text, p, limit);
        int slashed = q < limit && text.charAt(q) == '/' ? q + 1 : q;
        int closing = closingWord(text, slashed, limit, hits);
        if (closing > slashed && (slashed > p)) {
            return closing; // 林晓/整理: the name compiled the story
        }
        int wordEnd = hits.endAt(q);
        Lexicon.Entry entry = wordEnd > 0 && wordEnd <= limit ? roles.get(text.substring(q, wordEnd)) : null;
        boolean note = entry != null && (entry.is(RoleNote.SKIP) || entry.column(1).equals(RoleTarget.PREVIOUS.name()));
        return note ? notesEnd(text, wordEnd, limit) : p;
    }

    /** Names without a role, each starting with a surname, filling [p, limit) but for spaces and 、. */
    List<CreditGrammar.Name> surnamed(String text, int p, int limit) {
        List<CreditGrammar.Name> result = new ArrayList<>();
        for (CreditGrammar.Name n : names(text, p, limit, null)) {
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
    List<CreditGrammar.Name> names(String text, int p, int limit, LexiconTrie.Matches roleHits) {
        return names(text, p, limit, roleHits, roleHits == null ? "" : null, roleHits != null);
    }

    /**
     * As {@link #names(String, int, int, LexiconTrie.Matches)}, the names before the first role credited
     * with {@code role} (null: none are read); notes after a name are read (林晓/文 韩冬/摄); a long run
     * after a role is cut in two names only when {@code splitGlued}.
     */
    private List<CreditGrammar.Name> names(String text, int p, int limit, LexiconTrie.Matches roleHits, String role,
            boolean splitGlued) {
        List<CreditGrammar.Name> names = new ArrayList<>();
        while (p < limit) {
            int roleEnd = roleHits == null ? -1 : roleHits.endAt(p);
            if (roleEnd < 0 || roleEnd > limit) {
                char c = text.charAt(p);
                if (space(c) || Punctuation.NAME_SEPARATORS.has(c)
                        || Punctuation.ROLE_SEPARATORS.has(c) && role != null) {
                    p++;
                    continue;
                }
            }
            if (roleEnd > 0 && roleEnd <= limit) {
                Lexicon.Entry entry = roles.get(text.substring(p, roleEnd));
                if (entry != null && entry.is(RoleNote.END)) {
                    String given = roleGivenBy(entry); // 孔丽 韩冬 摄: the photographers
                    if (!given.isEmpty()) {
                        names = new ArrayList<>(given(names, given));
                    }
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
                    CreditGrammar.Name previous = names.remove(names.size() - 1); // 陈晓青/图: the photographer
                    names.add(new CreditGrammar.Name(entry.column(0), previous.begin(), previous.end()));
                    p = roleEnd;
                    continue;
                }
                role = entry == null ? text.substring(p, roleEnd) : entry.is(RoleNote.UNNAMED) ? "" : entry.column(0);
                p = roleEnd;
                continue;
            }
            if (role == null || !Han.at(text, p)) {
                break;
            }
            int staffEnd = names.isEmpty() ? -1 : staffRoleEnd(text, p, limit); // alone, it opens nothing
            if (staffEnd > 0) {
                role = ""; // 记者 王五 编辑 赵六: the editor is credited, with no role of the scheme
                p = staffEnd;
                continue;
            }
            int q = nameEnd(text, p, limit, roleHits);
            if (q > 0 && roleHits != null && q < limit && roleHits.endAt(q) > 0 && outletBefore(text, q)) {
                p = q; // 青山网记者 韩冬: an outlet's own name glued to the next role is no name
                continue;
            }
            int split = q < 0 && splitGlued ? gluedSplit(text, p, limit, roleHits) : -1;
            if (split > 0) { // 记者林娟赵文俊: two names glued after their role
                q = nameEnd(text, split, limit, roleHits);
                names.add(new CreditGrammar.Name(role, p, split));
                names.add(new CreditGrammar.Name(role, split, q));
                p = q;
                continue;
            }
            if (q < 0) {
                break;
            }
            if (!names.isEmpty() && q < limit && space(text.charAt(q)) && outletBefore(text, q)
                    && surnames.lazy(text).endAt(p) < 0) {
                role = ""; // 记者 林晓 北坡台 韩冬: a county's station among the names; its reporters' role is not printed
                p = q;
                continue;
            }
            names.add(new CreditGrammar.Name(role, p, q));
            p = q;
        }
        return names;
    }

    /** The end of an editor's role at {@code p} followed by a space or a colon, or -1. */
    private int staffRoleEnd(String text, int p, int limit) {
        int best = -1;
        for (String word : staff) {
            int end = p + word.length();
            if (end < limit && text.startsWith(word, p) && end > best
                    && (space(text.charAt(end)) || Punctuation.ROLE_SEPARATORS.has(text.charAt(end)))) {
                best = end;
            }
        }
        return best;
    }

    /** The run before the role at {@code roleAt} ends as an outlet's own name does (…网, …日报, …中心). */
    private boolean outletBefore(String text, int roleAt) {
        return outletSuffixes.stream().anyMatch(suffix -> text.startsWith(suffix, roleAt - suffix.length()));
    }

    /**
     * Where the second of two names glued together after a role begins (林娟|赵文俊, 孙立扬|何斐): a run of
     * four to six Han characters cut into two names of two or three, each starting with a surname, before
     * the more frequent surname of the cuts that fit (surnames.txt is in order of frequency); -1 if none.
     */
    private int gluedSplit(String text, int p, int limit, LexiconTrie.Matches roleHits) {
        int end = p;
        while (end < limit && Han.at(text, end) && (end == p || roleHits.endAt(end) < 0)) {
            end++;
        }
        int length = end - p;
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int first = 2; first <= 3 && length >= 4 && length <= 6; first++) {
            int second = length - first;
            int rank = surnameRank(text, p + first);
            if (second >= 2 && second <= 3 && startsWithSurname(text, p) && rank < bestRank) {
                best = p + first;
                bestRank = rank;
            }
        }
        return best;
    }

    /** The frequency rank of the surname at {@code p} (0 the most frequent), or the largest int if none. */
    private int surnameRank(String text, int p) {
        int end = surnames.lazy(text).endAt(p);
        return end < 0 ? Integer.MAX_VALUE : surnameRanks.getOrDefault(text.substring(p, end), Integer.MAX_VALUE);
    }

    /** How many of the commonest surnames a name run together with another may start with (they name most people). */
    private static final int COMMON_SURNAMES = 100;

    /** A surname of one character among the {@value #COMMON_SURNAMES} commonest starts at {@code p}. */
    private boolean commonSurname(String text, int p) {
        return surnames.lazy(text).endAt(p) == p + 1 && surnameRank(text, p) < COMMON_SURNAMES;
    }

    /** The end of the name at {@code p}: two to four Han characters, or 张  三 padded; -1 when none. */
    static int nameEnd(String text, int p, int limit, LexiconTrie.Matches roleHits) {
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

    static int trimEnd(String text, int from, int end) {
        while (end > from && space(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    static int skipSpace(String text, int p, int end) {
        while (p < end && space(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The bracket that closes the one opening at {@code open} (（…）, (…), 【…】) before {@code limit}, or -1. */
    static int closingBracket(String text, int open, int limit) {
        boolean square = text.charAt(open) == '【';
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (square ? c == '】' : c == '）' || c == ')') {
                return i;
            }
            if (c == '（' || c == '(' || c == '【') {
                return -1;
            }
        }
        return -1;
    }

    /** An opening bracket of a credit: （, ( or 【. */
    static boolean opensBracket(char c) {
        return c == '（' || c == '(' || c == '【';
    }

    static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!space(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
