package io.github.tifa.reflow;

import static io.github.tifa.reflow.RawLine.isSpace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.model.Punctuation;
import io.github.tifa.lexicon.WordClass.Agency;
import io.github.tifa.lexicon.WordClass.BylineContext;
import io.github.tifa.lexicon.WordClass.RoleNote;

/**
 * The credit-line model: the words that make a line a credit or a dateline, read from the byline
 * lexicons (byline_roles.txt, byline_agencies.txt, byline_context.txt). Reflow, articles and
 * bylines all decide through it, so a user's role word or agency reaches all three.
 *
 * @param roles role words (记者) that open a credit, longest first
 * @param agencies outlets and agencies that open a dateline (本报, 新华社), longest first
 * @param outletSuffixes how a paper's own name ends (…新闻网, …融媒)
 * @param kinds what closes a dateline (讯, 电, 专电), longest first
 * @param citing what opens a cited dateline (据)
 * @param marks typographic marks that may open a credit line (□)
 * @param roleInitials the first character of each role word: most positions start none
 * @param closings words that close a credit after its names (报道, 摄)
 * @param photographs closing words that give the names before them a role: a photo's credit (摄)
 * @param sources words that open a line naming what supplied the story (来源：青山县广播电视台)
 * @param offices how the name of an office or a centre ends that credits a story in a closing bracket (…办, …中心)
 * @param recently words that open a report's lead in place of its date (近日，…, 昨天下午，…)
 * @param daytimes times of day that may follow such a word before the comma (上午, 下午)
 * @param date a calendar date (byline_patterns.txt DATE: 3月5日)
 * @param bracketedKinds what closes a dateline only right before the credit's bracket (报道)
 * @param speech verbs of speaking that end a line introducing what is said (会议指出, 林晓说)
 * @param kindInitials the first character of each dateline kind, bracketed or not: most lines hold none
 * @param surnames surnames.txt: names without a role in brackets start with one, as the credit grammar reads them
 */
public record CreditVocabulary(List<String> roles, List<String> agencies, List<String> outletSuffixes,
        List<String> kinds, List<String> citing, LexiconTrie.CharClass marks, String roleInitials,
        List<String> closings, List<String> photographs, List<String> sources, List<String> offices, List<String> recently,
        List<String> daytimes, Pattern date, List<String> bracketedKinds, List<String> speech, String kindInitials,
        LexiconTrie surnames) {
    /** Characters a paper's own name may take before its dateline's place, date and kind. */
    private static final int MAX_OWN_NAME = 12;
    /** What may join two outlets' names in one (青山网-青山日报讯). */
    private static final String OUTLET_JOINERS = "-－·•";
    /** Characters of place and date between a paper's own name and its dateline's kind. */
    private static final int MAX_PLACE_AND_DATE = 16;
    /**
     * What may follow a dateline's kind: the credit's bracket, a space, a colon, a quotation that opens
     * the lead (the clean text drops the space before it), or the line's end.
     */
    private static final String AFTER_KIND = "（(【 \u3000：:“\"";
    /** Characters an outlet's own name may take before a credit's role (某某日报·某某客户端记者). */
    private static final int MAX_OUTLET = 20;
    /** Characters of an outlet's name of no known shape before 讯 and a space (看点青禾讯 为…; not 简讯, 今日喜讯). */
    private static final int MIN_SPACED_OUTLET = 4;
    /** Characters of a column label in 【】 before a dateline (【连线】). */
    private static final int MAX_COLUMN_LABEL = 6;
    /** Characters of an outlet of no known shape glued to the role of a credit on a line of its own (华新记者 林晓). */
    private static final int MAX_UNKNOWN_OUTLET = 4;
    /** Characters of the outlet or office a source line names. */
    private static final int MAX_SOURCE = 30;
    /** Characters of a suffix that names an outlet alone, its own paper's or station's (融媒体中心, 电视台; not 网, 报). */
    private static final int GENERIC_OUTLET = 3;
    /** Characters of a credited name (欧阳明远). */
    private static final int MAX_NAME = 4;
    /** Names a credit line may print before its role (李四 赵六 本报记者 王五). */
    static final int MAX_NAMES_FIRST = 4;

    /**
     * The vocabulary of these lexicons: roles are the role lexicon's entries but END and SKIP
     * words and those that credit the name before them (/图); agencies the OUTLET and AGENCY entries, and OUTLET_SUFFIX entries end an outlet's own
     * name (马尾新闻网讯).
     */
    public static CreditVocabulary of(LexiconTrie roles, LexiconTrie agencies, LexiconTrie context, Pattern date,
            LexiconTrie surnames) {
        List<String> roleWords = new ArrayList<>();
        for (Lexicon.Entry e : roles.lexicon().entries()) {
            if (!e.is(RoleNote.END) && !e.is(RoleNote.SKIP) && e.column(1).isEmpty() && !roleWords.contains(e.key())) {
                roleWords.add(e.key());
            }
        }
        roleWords.sort(Comparator.comparingInt(String::length).reversed());
        List<String> photographs = roles.lexicon().entries().stream()
                .filter(e -> e.is(RoleNote.END) && !CreditNames.roleGivenBy(e).isEmpty()).map(Lexicon.Entry::key).toList();
        List<String> agencyWords = new ArrayList<>(agencies.words(Agency.OUTLET));
        agencyWords.addAll(agencies.words(Agency.AGENCY));
        agencyWords.sort(Comparator.comparingInt(String::length).reversed());
        return new CreditVocabulary(List.copyOf(roleWords), List.copyOf(agencyWords), agencies.words(Agency.OUTLET_SUFFIX),
                context.words(BylineContext.KIND), context.words(BylineContext.CITING), context.chars(BylineContext.MARK),
                initials(roleWords), roles.words(RoleNote.END), photographs, context.words(BylineContext.SOURCE),
                context.words(BylineContext.OFFICE_END),
                context.words(BylineContext.RECENTLY), context.words(BylineContext.DAYTIME), date,
                context.words(BylineContext.BRACKETED_KIND), context.words(BylineContext.SPEECH),
                initials(context.words(BylineContext.KIND), context.words(BylineContext.BRACKETED_KIND)), surnames);
    }

    /** The first character of each word of these lists. */
    @SafeVarargs
    private static String initials(List<String>... lists) {
        StringBuilder initials = new StringBuilder();
        for (List<String> words : lists) {
            words.forEach(w -> initials.append(w.charAt(0)));
        }
        return initials.toString();
    }

    /** One name of two characters padded to three characters' width (罗 雨). */
    private static final Pattern PADDED_NAME = Pattern.compile("\\p{IsHan}[ \u3000]\\p{IsHan}");
    /** One name of a list: two to four Han characters. */
    private static final Pattern LISTED_NAME = Pattern.compile("\\p{IsHan}{2,4}");
    /** What separates the names of a list without roles. */
    private static final Pattern NAME_GAPS = Pattern.compile("[ \u3000、]+");

    /**
     * [p, end) is one to four names and nothing else, a closing word allowed at the end (司徒雷 顾芸, 欧阳青报道, 罗 雨):
     * each two to four Han characters, separated by spaces or 、, or one name of two padded with a space; the first
     * starts with a surname, as {@link CreditNames} reads them (not a caption: 选手风采).
     */
    public boolean namesAlone(String raw, int p, int end) {
        String names = raw.substring(p, end - closingEndingAt(raw, p, end)).strip();
        if (surnames.lazy(names).endAt(0) < 0) {
            return false;
        }
        if (PADDED_NAME.matcher(names).matches()) {
            return true; // 罗 雨
        }
        String[] items = NAME_GAPS.split(names);
        return items.length <= MAX_NAMES_FIRST && Arrays.stream(items).allMatch(it -> LISTED_NAME.matcher(it).matches());
    }

    /** The line's text [p, end) ends in a verb of speaking (会议指出, 林晓说): it introduces what is said. */
    public boolean endsWithSpeech(String raw, int p, int end) {
        return speech.stream().anyMatch(word -> end - p > word.length() && raw.startsWith(word, end - word.length()));
    }

    /**
     * A role word at {@code p} followed by a space, a colon or a bar (记者 曹俐, 记者：曹俐, 图文丨曹俐), or glued to one name
     * that ends the line or comes before a closing word (本报记者林晓, 记者林晓报道): a credit, not
     * prose (记者从会上获悉，记者王五说，).
     */
    public boolean startsWithRole(String raw, int p, int end) {
        if (p >= end || roleInitials.indexOf(raw.charAt(p)) < 0) {
            return false;
        }
        for (String role : roles) {
            int n = role.length();
            if (p + n < end && raw.startsWith(role, p)
                    && ((isSpace(raw.charAt(p + n)) || Punctuation.ROLE_MARKS.has(raw.charAt(p + n))
                    || Punctuation.NAME_SEPARATORS.has(raw.charAt(p + n)))
                    && nameAfter(raw, p + n + 1, end) || gluedName(raw, p + n, end))) {
                return true;
            }
        }
        return false;
    }

    /** 本报记者 alone on its line: the outlet's own reporter, unnamed; it opens a report or closes one as it stands. */
    public boolean reporterAlone(String raw, int p, int e) {
        return p < e && roleWordAt(raw, p) == e - p && wordAt(agencies, raw, p) > 0;
    }

    /**
     * A line that credits without a name in front of a role's name: an outlet and a role alone in
     * brackets (（本报记者）, （本刊）), a name, the role it took and closing words (王五摄影报道), or a
     * source line (来源：青山县广播电视台).
     */
    public boolean creditsAlone(String raw, int p, int e) {
        if (source(raw, p, e) != null) {
            return true; // 来源：青山县广播电视台
        }
        if (p < e && CreditNames.opensBracket(raw.charAt(p)) && (raw.charAt(e - 1) == '）' || raw.charAt(e - 1) == ')')) {
            int q = CreditNames.skipSpace(raw, p + 1, e - 1);
            int body = creditingBodyEnd(raw, q, e - 1);
            if (body > 0) {
                // （县政府办）, （区人大办 王五）: an office or an outlet, alone or before the names it credits
                int rest = CreditNames.skipSpace(raw, body, e - 1);
                return rest == e - 1 || rest > body && RawLine.namesOnly(raw, rest, e - 1);
            }
            int outlet = wordAt(agencies, raw, q);
            q += Math.max(outlet, 0);
            int role = roleWordAt(raw, q);
            return (outlet > 0 || role > 0) && CreditNames.skipSpace(raw, q + role, e - 1) == e - 1;
        }
        if (officeSupplied(raw, p, e) > 0) {
            return true; // 区政府办 供稿: an office supplied the story, on a line of its own
        }
        int q = p;
        while (q < e && q - p <= 3 && Han.at(raw, q) && roleWordAt(raw, q) == 0) {
            q++;
        }
        int role = q - p >= 2 && q - p <= 3 ? roleWordAt(raw, q) : 0;
        if (role == 0) {
            return false;
        }
        q += role;
        for (int closing = wordAt(closings, raw, q); closing > 0; closing = wordAt(closings, raw, q)) {
            q += closing;
        }
        return q == e;
    }

    /**
     * {@code raw[s, e)} ends in a sentence stop, a name and a word that gives it the photographer's role:
     * ……讲话。韩冬 摄, the credit of a photo's caption.
     */
    public boolean endsWithPhotographer(String raw, int s, int e) {
        int stop = photographerStart(raw, s, e);
        return stop > s && Punctuation.SENTENCE_STOPS.has(raw.charAt(stop - 1));
    }

    /** {@code raw[s, e)} is only a name and a word that gives it the photographer's role (韩冬 摄), on a line of its own. */
    public boolean photographerAlone(String raw, int s, int e) {
        return photographerStart(raw, s, e) == s;
    }

    /**
     * Where what precedes the photographer's credit that ends {@code raw[s, e)} ends: a name of two or more Han
     * characters (padded or not), perhaps a role before it, and a photograph word (韩冬 摄, 记者 韩冬 摄); -1 if none.
     */
    private int photographerStart(String raw, int s, int e) {
        for (String word : photographs) {
            if (e - word.length() <= s || !raw.startsWith(word, e - word.length())) {
                continue;
            }
            int nameEnd = CreditNames.trimEnd(raw, s, e - word.length());
            int nameStart = nameEnd;
            int han = 0;
            // the name, padded with a space or not (韩冬 摄, 韩 冬 摄)
            while (nameStart > s && han < MAX_NAME && (Han.at(raw, nameStart - 1)
                    || han == 1 && CreditNames.space(raw.charAt(nameStart - 1)) && Han.at(raw, nameStart - 2))) {
                han += Han.at(raw, nameStart - 1) ? 1 : 0;
                nameStart--;
            }
            int stop = CreditNames.trimEnd(raw, s, nameStart);
            int role = roleEndingAt(raw, s, stop); // 记者 韩冬 摄: the role printed before the name
            if (role >= s && role < stop) {
                stop = CreditNames.trimEnd(raw, s, role);
            }
            if (han >= 2) {
                return stop;
            }
        }
        return -1;
    }

    /** Where the role word that ends at {@code end} begins (……。记者|韩冬 摄); {@code end} when none ends there. */
    private int roleEndingAt(String raw, int s, int end) {
        for (String role : roles) { // longest first
            if (end - role.length() >= s && raw.startsWith(role, end - role.length())) {
                return end - role.length();
            }
        }
        return end;
    }

    /** ……。 ■林晓, ……。□林晓文: a mark and a name of two or three characters after a sentence end end the line. */
    public boolean endsWithMarkedName(String raw, int s, int e) {
        int p = CreditNames.trimEnd(raw, s, e);
        int han = 0;
        while (p > s && han <= 3 && (Han.at(raw, p - 1) || CreditNames.space(raw.charAt(p - 1)))) {
            han += Han.at(raw, p - 1) ? 1 : 0;
            p--;
        }
        if (han < 2 || han > 3 || p <= s || !marks.at(raw, p - 1)) {
            return false;
        }
        int stop = CreditNames.trimEnd(raw, s, p - 1);
        return stop > s && Punctuation.SENTENCE_STOPS.has(raw.charAt(stop - 1));
    }

    /**
     * A report's lead opens {@code raw[p, e)}: a calendar date (8月12日，…), or a word in its place, a time
     * of day perhaps, and a comma (近日，…, 昨天下午，…; not 近日召开的…).
     */
    public boolean opensWithDate(String raw, int p, int e) {
        if (startsWithDate(raw, p, e)) {
            return true;
        }
        int word = wordAt(recently, raw, p);
        int q = p + word + (word > 0 ? wordAt(daytimes, raw, p + word) : 0); // 昨天下午，…
        return word > 0 && q < e && Punctuation.COMMAS.has(raw.charAt(q));
    }

    /** A calendar date opens {@code raw[p, e)} (8月12日，…). */
    public boolean startsWithDate(String raw, int p, int e) {
        return date.matcher(raw).region(p, e).lookingAt();
    }

    /**
     * After a role and its space or colon, a name or nothing (记者 曹俐, 记者：石磊/许文静, 本报记者 张  三,
     * 本报记者 ⏎): not a question of an interview (记者：请问您如何看，…).
     */
    private boolean nameAfter(String raw, int q, int end) {
        int p = CreditNames.skipSpace(raw, q, end);
        return p == end || gluedName(raw, p, end) || CreditNames.nameEnd(raw, p, end, null) > 0;
    }

    /**
     * After the role at {@code roleAt}, a space or a colon, then only names of two to four Han characters
     * to {@code end}, separated by spaces or name separators (记者 林晓 韩冬).
     */
    private boolean namesToEnd(String raw, int roleAt, int end) {
        int q = roleAt + roleWordAt(raw, roleAt);
        if (q >= end || !isSpace(raw.charAt(q)) && !Punctuation.ROLE_MARKS.has(raw.charAt(q))) {
            return false;
        }
        int names = 0;
        while (q < end) {
            char c = raw.charAt(q);
            if (isSpace(c) || Punctuation.ROLE_MARKS.has(c) || Punctuation.NAME_SEPARATORS.has(c)) {
                q++;
                continue;
            }
            int r = q;
            while (r < end && Han.at(raw, r)) {
                r++;
            }
            if (r - q < 2 || r - q > MAX_NAME) {
                return false;
            }
            names++;
            q = r;
        }
        return names > 0;
    }

    /**
     * 来源：青山县广播电视台, 来源: 某某研究室(某某中心) 供稿, （来源：某某网站）: a line that names the outlet or office that
     * supplied the story, after a `SOURCE` word and a colon, to the line's end (a closing word such as 供稿
     * after it); the name's span, or null: no sentence punctuation in it (来源于…, 来源：群众反映的问题，… are prose).
     */
    public Source source(String raw, int p, int e) {
        if (p < e && CreditNames.opensBracket(raw.charAt(p)) && CreditNames.closingBracket(raw, p, e) == e - 1) {
            return source(raw, p + 1, e - 1); // （来源：青山县人民政府网站）
        }
        int word = wordAt(sources, raw, p);
        int q = p + word;
        if (word == 0 || q >= e || !Punctuation.ROLE_MARKS.has(raw.charAt(q))) {
            return null;
        }
        int from = CreditNames.skipSpace(raw, q + 1, e);
        int to = CreditNames.trimEnd(raw, from, e);
        for (int c = from + 2; c < to; c++) {
            if (wordAt(closings, raw, c) == to - c || roleWordAt(raw, c) == to - c) {
                to = CreditNames.trimEnd(raw, from, c); // …研究室 供稿, 图片：…中心供图
                break;
            }
        }
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (!Han.at(raw, i) && "()（）·".indexOf(c) < 0) {
                return null;
            }
        }
        return to - from >= 2 && to - from <= MAX_SOURCE ? new Source(from, to) : null;
    }

    /** The name of what supplied a story, in a source line. */
    public record Source(int begin, int end) {
    }

    /**
     * Two to four Han characters from {@code q} that end the line, or stop at a space, a closing word, or an
     * enumeration mark before the next role.
     */
    private boolean gluedName(String raw, int q, int end) {
        int r = q;
        while (r < end && r - q <= 4 && Han.at(raw, r) && wordAt(closings, raw, r) == 0) {
            r++;
        }
        return r - q >= 2 && r - q <= 4 && (r == end || isSpace(raw.charAt(r)) || wordAt(closings, raw, r) > 0
                || "）)】".indexOf(raw.charAt(r)) >= 0
                || Punctuation.NAME_SEPARATORS.has(raw.charAt(r))
                        && (startsWithRole(raw, r + 1, end) || gluedName(raw, r + 1, end))); // 记者林晓、通讯员韩冬、钱立新
    }

    /**
     * Where the role of a credit that opens at {@code p} begins: at {@code p} (记者 曹俐), or after
     * an outlet's own name that ends in an outlet suffix, with or without a space before the role
     * (某某日报·某某客户端记者 张三, 区融媒体中心记者：张三, 某某日报 记者张三); -1 when no credit opens there.
     */
    public int creditRoleAt(String raw, int p, int end) {
        if (startsWithRole(raw, p, end)) {
            return p;
        }
        for (int q = p + 2; q < Math.min(end, p + MAX_OUTLET); q++) {
            char c = raw.charAt(q - 1);
            if (CreditNames.space(c)) {
                // an outlet, a space, then the role: （某某日报 记者林晓）
                int role = CreditNames.skipSpace(raw, q - 1, end);
                return endsWithSuffix(raw, p, q - 1) && startsWithRole(raw, role, end) ? role : -1;
            }
            if (!Han.at(raw, q - 1) && c != '·' && c != '•') {
                return -1;
            }
            if (startsWithRole(raw, q, end) && (endsWithSuffix(raw, p, q) || q - p <= MAX_UNKNOWN_OUTLET && namesToEnd(raw, q, end))) {
                return q; // 某某日报·某某客户端记者 张三; 华新记者 林晓 alone on its line: an outlet of no known shape
            }
        }
        return -1;
    }

    /**
     * {@code raw[p, e)} is a role alone, or an outlet's own name and a role: what opens a bracket whose
     * names the next line prints (……态势。（记者⏎王五）, （某某日报全媒体记者⏎王五）).
     */
    public boolean roleOnly(String raw, int p, int e) {
        String words = raw.substring(p, e).strip();
        if (roles.contains(words)) {
            return true;
        }
        for (int q = 2; q < words.length() && q <= MAX_OUTLET; q++) {
            if (roles.contains(words.substring(q)) && endsWithSuffix(words, 0, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the role begins after names printed before it (李四 赵六 本报记者 王五): up to
     * {@value #MAX_NAMES_FIRST} runs of two or three Han characters, each followed by a space; -1 if none.
     */
    public int roleAfterNames(String raw, int p, int end) {
        int q = p;
        for (int k = 0; k < MAX_NAMES_FIRST; k++) {
            int r = q;
            while (r < end && r - q < 3 && Han.at(raw, r)) {
                r++;
            }
            if (r - q < 2 || r >= end || !isSpace(raw.charAt(r))) {
                return -1;
            }
            q = CreditNames.skipSpace(raw, r, end);
            if (creditRoleAt(raw, q, end) == q) {
                return q;
            }
        }
        return -1;
    }

    /** {@code raw[from, to)} ends as an outlet's own name does (…融媒体, …日报, …网). */
    public boolean endsAsOutlet(String raw, int from, int to) {
        return endsWithSuffix(raw, from, to);
    }

    /**
     * {@code raw[from, to)} is Han and names an outlet by how it ends (青山发布, 融媒体, 青山日报): in a
     * closing bracket after the body, it credits the article.
     */
    private boolean outletBySuffix(String raw, int from, int to) {
        return to - from >= 2 && Han.all(raw, from, to)
                && (endsWithSuffix(raw, from, to) || outletSuffixes.contains(raw.substring(from, to)));
    }

    /**
     * The end of the Han word at {@code from} (before {@code end}) when it names a body that may credit
     * a story in a closing bracket: an outlet by its suffix, or an office or a centre by how it ends
     * (区人大办, 县新闻中心); else -1.
     */
    public int creditingBodyEnd(String raw, int from, int end) {
        int to = from;
        while (to < end && Han.at(raw, to)) {
            to++;
        }
        for (int q = from + 2; q < to; q++) {
            if (wordAt(closings, raw, q) == to - q) {
                to = q; // 组织处供稿: the office that supplied the story
                break;
            }
        }
        if (outletBySuffix(raw, from, to)) {
            return to;
        }
        return endsAsOffice(raw, from, to) ? to : -1;
    }

    /**
     * [from, to) ends as the name of an office or a centre does (区人大办, 县新闻中心), with a name before the ending, or
     * is an assembly's short name alone (人大, 政协: an ending of two characters or more).
     */
    public boolean endsAsOffice(String raw, int from, int to) {
        return offices.stream().anyMatch(office -> (to - office.length() > from || to - office.length() == from
                && office.length() >= 2) && raw.startsWith(office, to - office.length()));
    }

    private boolean endsWithSuffix(String raw, int from, int to) {
        for (String suffix : outletSuffixes) {
            int own = to - suffix.length() - from; // the characters of the outlet's own name before its suffix
            if ((own > 0 || own == 0 && suffix.length() >= GENERIC_OUTLET) && raw.startsWith(suffix, to - suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A role word, or its first two characters or more, ends {@code raw[s, e)} after a space
     * (记者 周立新 通讯员⏎何嘉, 记者 柳青山 通讯⏎员 杜晓): the credit goes on on the next line.
     */
    public boolean endsWithRole(String raw, int s, int e) {
        int r = e;
        while (r > s && !isSpace(raw.charAt(r - 1))) {
            r--;
        }
        if (r == s || e - r < 2) {
            return false;
        }
        String last = raw.substring(r, e);
        return roles.stream().anyMatch(role -> role.startsWith(last));
    }

    /**
     * {@code raw[p, e)} is an office's or an outlet's name, then a closing word to the end, with or without a space
     * between (区政府办 供稿, 区政府办供稿): the end of the office's name, or -1.
     */
    public int officeSupplied(String raw, int p, int e) {
        if (closingEndingAt(raw, p, e) == 0) {
            return -1; // most lines: asked of every line, and reading the body's name costs a scan per character
        }
        int body = creditingBodyEnd(raw, p, e);
        if (body <= p) {
            return -1;
        }
        int rest = CreditNames.skipSpace(raw, body, e);
        int closing = wordAt(closings, raw, rest);
        return closing > 0 && rest + closing == e ? body : -1;
    }

    /** The length of the closing word that ends {@code raw[p, e)} after something else (林晓报道, 区政府办 供稿), or 0. */
    private int closingEndingAt(String raw, int p, int e) {
        for (String closing : closings) {
            if (e - p > closing.length() && raw.startsWith(closing, e - closing.length())) {
                return closing.length();
            }
        }
        return 0;
    }

    /** The line opens with a word that closes a credit and its colon (报道：…): the credit the line above printed ends here. */
    public boolean closingWordOpens(String raw, int p, int e) {
        int n = wordAt(closings, raw, p);
        return n > 0 && p + n < e && Punctuation.ROLE_MARKS.has(raw.charAt(p + n));
    }

    /** Characters from a credit's role to the word that closes it (记者林晓报道), at most. */
    private static final int MAX_CLOSED_CREDIT = 16;

    /**
     * A credit opened by the role at {@code roleAt} is closed on its line by a closing word (报道) and the body
     * follows it there, a sentence with a clause mark (记者林晓报道 9月13日上午，…).
     */
    public boolean closedBeforeBody(String raw, int roleAt, int e) {
        for (int q = roleAt + 1; q < Math.min(e, roleAt + MAX_CLOSED_CREDIT); q++) {
            int closing = wordAt(closings, raw, q);
            if (closing > 0) {
                for (int r = q + closing; r < e; r++) {
                    if (Punctuation.STATEMENT_MARKS.has(raw.charAt(r))) {
                        return true;
                    }
                }
                return false;
            }
            if (!Han.at(raw, q) && !isSpace(raw.charAt(q))) {
                return false;
            }
        }
        return false;
    }

    /** The length of the dateline kind (讯, 电, 专电) at {@code p}, or 0. */
    public int kindAt(String raw, int p) {
        int kind = wordAt(kinds, raw, p);
        if (kind > 0) {
            return kind;
        }
        int bracketed = wordAt(bracketedKinds, raw, p); // 云上青山报道(记者 林晓): not 据报道，
        return bracketed > 0 && p + bracketed < raw.length() && CreditNames.opensBracket(raw.charAt(p + bracketed)) ? bracketed : 0;
    }

    /** The dateline kind at {@code p} is one that stands only before a credit's bracket (报道). */
    public boolean bracketedKindAt(String raw, int p) {
        return wordAt(kinds, raw, p) == 0 && wordAt(bracketedKinds, raw, p) > 0;
    }

    /** The length of a citing word (据) at {@code p}, or 0. */
    public int citingAt(String raw, int p) {
        return wordAt(citing, raw, p);
    }

    /** The length of the role word at {@code p}, 0 if none: the role's initials rule out most positions at one test. */
    private int roleWordAt(String raw, int p) {
        return p >= 0 && p < raw.length() && roleInitials.indexOf(raw.charAt(p)) >= 0 ? wordAt(roles, raw, p) : 0;
    }

    private static int wordAt(List<String> words, String raw, int p) {
        if (p < 0 || p >= raw.length()) {
            return 0;
        }
        char first = raw.charAt(p); // most lines start no word: compare one character first
        for (String w : words) {
            if (w.charAt(0) == first && raw.startsWith(w, p)) {
                return w.length();
            }
        }
        return 0;
    }

    /** Past the marks and spaces that may open a credit line (□本报记者). */
    public int skipMarks(CharSequence raw, int p, int end) {
        while (p < end && (marks.has(raw.charAt(p)) || isSpace(raw.charAt(p)))) {
            p++;
        }
        return p;
    }

    /**
     * The end of the outlet that opens a dateline at {@code p}: an agency of the lexicon (本报, 新华社),
     * or a paper's own name ending in an outlet suffix right before a dateline kind and a bracket or
     * space (马尾新闻网讯（记者 …）); -1 when there is none.
     */
    public int outletEnd(String raw, int p, int end) {
        int agency = wordAt(agencies, raw, p);
        if (agency > 0) {
            return p + agency;
        }
        int longest = -1; // 青山区融媒体中心讯, not 青山区融媒 with a place 体中心
        boolean joinedToOutlet = false; // 青山网·青禾新区讯: an outlet's name, a joiner, the name of its edition
        boolean joined = false; // a joiner seen so far: 青山·青禾新区 is no one name of no known shape
        for (int q = p + 1; q <= Math.min(end, p + MAX_OWN_NAME) && (Han.at(raw, q - 1) || joinsOutlets(raw, p, q - 1)); q++) {
            joined |= joinsOutlets(raw, p, q - 1);
            joinedToOutlet |= joinsOutlets(raw, p, q - 1) && endsWithSuffix(raw, p, q - 1);
            if (endsWithSuffix(raw, p, q) && kindFollows(raw, q, end)) {
                longest = q; // 青山日报海口12月3日讯, 青山区融媒体中心讯 1月11日
                continue;
            }
            int kind = kindAt(raw, q);
            if (longest > 0 && kind > 0) {
                return longest;
            }
            if (joinedToOutlet && kind > 0 && Han.at(raw, q - 1)) {
                return q;
            }
            if (q - p >= 2 && kind > 0 && creditOrDateAfter(raw, q + kind, end) && !startsWithRole(raw, p, end)) {
                return q; // 新青山讯【记者林晓】, 青禾时事讯(林晓), 东青府讯 1月13日: a name of no known shape
            }
            if (q - p >= MIN_SPACED_OUTLET && kind > 0 && q + kind < end && CreditNames.space(raw.charAt(q + kind))
                    && !joined && !startsWithRole(raw, p, end)) {
                return q; // 看点青禾讯 为确保…: a name of no known shape, long enough, and the space a dateline leaves
            }
        }
        return longest;
    }

    /**
     * What shows that the word before a dateline's kind ending at {@code q} is an outlet's name: a
     * bracket that opens with a role or holds names only (【记者林晓】, (林晓)), or a date.
     */
    private boolean creditOrDateAfter(String raw, int q, int end) {
        if (q >= end) {
            return false;
        }
        if ("（(【".indexOf(raw.charAt(q)) >= 0) {
            int p = CreditNames.skipSpace(raw, q + 1, end);
            int close = p;
            while (close < end && "）)】".indexOf(raw.charAt(close)) < 0) {
                close++;
            }
            return startsWithRole(raw, p, end) || close < end && close > p && RawLine.namesOnly(raw, p, close);
        }
        return startsWithDate(raw, CreditNames.skipSpace(raw, q, end), end); // the clean text drops the space
    }

    /** A hyphen or a middle dot between two outlets' names (青山网-青山日报讯, 某某日报·某某客户端). */
    private static boolean joinsOutlets(String raw, int from, int i) {
        return i > from && i + 1 < raw.length() && OUTLET_JOINERS.indexOf(raw.charAt(i)) >= 0 && Han.at(raw, i - 1)
                && Han.at(raw, i + 1);
    }

    /**
     * From {@code q}, after a paper's own name: a place and a date of Han characters and digits, then a
     * dateline kind, then a bracket, a space, a colon, a date or the line's end (…海口12月3日讯（,
     * …讯：, …讯1月11日); after a printed date, anything (…11月01日讯市委…).
     */
    private boolean kindFollows(String raw, int q, int end) {
        boolean dated = false;
        for (int i = q; i < Math.min(end, q + MAX_PLACE_AND_DATE); i++) {
            int kind = kindAt(raw, i);
            if (kind > 0) {
                int after = i + kind;
                return dated || after >= end || AFTER_KIND.indexOf(raw.charAt(after)) >= 0
                        || Character.isDigit(raw.charAt(after));
            }
            dated |= Character.isDigit(raw.charAt(i));
            if (!Han.at(raw, i) && !Character.isDigit(raw.charAt(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Past a column label before a dateline (【连线】  本报南京…电): a short Han run in 【】 with no dateline
     * kind in it, and the spaces after it; {@code p} itself where there is none. 【某某网讯】 is a dateline.
     */
    public int afterColumnLabel(String raw, int p, int e) {
        if (p >= e || raw.charAt(p) != '【') {
            return p;
        }
        int q = p + 1;
        while (q < e && q - p <= MAX_COLUMN_LABEL && Han.at(raw, q) && kindAt(raw, q) == 0) {
            q++;
        }
        if (q >= e || raw.charAt(q) != '】' || q - p < 3) {
            return p;
        }
        int after = CreditNames.skipSpace(raw, q + 1, e);
        return after < e && startsDateline(raw, after, e) ? after : p;
    }

    /** Some character of [s, e) opens a dateline kind (讯, 电, 报道). */
    private boolean holdsKindInitial(String raw, int s, int e) {
        for (int i = s; i < e; i++) {
            if (kindInitials.indexOf(raw.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 本报济宁讯, 新华社北京3月5日电, 马尾新闻网讯: an outlet, then a dateline kind within a few characters. */
    public boolean startsDateline(String raw, int s, int e) {
        if (!holdsKindInitial(raw, s, e)) {
            return false; // no 讯, 电 or 报道 on the line: no outlet is looked for at each of its positions
        }
        int from = outletEnd(raw, s, e);
        int citing = citingAt(raw, s);
        if (from < 0 && citing > 0) {
            from = outletEnd(raw, s + citing, e);
        }
        if (from < 0) {
            return false;
        }
        return kindEnd(raw, from, Math.min(e, from + 12)) > 0;
    }

    /**
     * The end of the first dateline kind in {@code [from, limit)}, before any comma, full stop or
     * bracket; -1 when there is none.
     */
    public int kindEnd(String raw, int from, int limit) {
        for (int i = from; i < limit; i++) {
            int kind = kindAt(raw, i);
            if (kind > 0) {
                return i + kind;
            }
            char c = raw.charAt(i);
            if (c == '，' || c == '。' || c == '（' || c == '(') {
                return -1;
            }
        }
        return -1;
    }
}
