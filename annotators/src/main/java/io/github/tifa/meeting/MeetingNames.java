package io.github.tifa.meeting;

import static io.github.tifa.meeting.MeetingText.bracketOpen;
import static io.github.tifa.meeting.MeetingText.contextEntry;
import static io.github.tifa.meeting.MeetingText.is;
import static io.github.tifa.meeting.MeetingText.isScope;
import static io.github.tifa.meeting.MeetingText.joinedBefore;
import static io.github.tifa.meeting.MeetingText.objectOfAVerb;
import static io.github.tifa.meeting.MeetingText.verbBefore;
import static io.github.tifa.meeting.MeetingText.skipLeadingVerbs;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconPatterns;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.MeetingContext;
import io.github.tifa.lexicon.WordClass.HeadNote;
import io.github.tifa.model.Punctuation;
import io.github.tifa.segment.TagGroup;
import io.github.tifa.segment.TokenIndex;

/**
 * How a meeting's name is read, shared by the rules that classify the names: each name ends in a
 * head word (the longest head wins; not one that goes on as a longer word, 会议室) and reaches left
 * over its organiser or qualifier until punctuation, a word that introduces it (召开, 传达学习, 在),
 * a demonstrative (本次) or another meeting's head; brackets and shared ordinals or scopes stay in.
 * Names are read right to left and never overlap.
 */
final class MeetingNames {
    /** The longest document title or quoted theme that qualifies a name (《政府工作报告》征求意见座谈会). */
    private static final int MAX_QUOTED_QUALIFIER = 24;
    /** The longest organiser that shares a head with the next (省第九次、市第九次党代会). */
    private static final int MAX_SHARED_ORGANISER = 8;
    /** The lexicons and patterns the reading uses, compiled once per component. */
    record Words(LexiconTrie context, LexiconTrie.CharClass ordinals,
            LexiconTrie.CharClass conjunctions, LexiconTrie.CharClass positions,
            LexiconTrie.CharClass plenumOrdinals, Pattern sessionOf, Pattern partyPrefix, Pattern deputies,
            Pattern date, int maxLength, Pattern counted, Pattern legislature, Pattern term) {
    }

    /**
     * One name: [begin, end), its head [headBegin, end), the head's lexicon entry, where 暨 joins two names in it (-1:
     * nowhere), and where the words that say which meeting it is begin (after a studied theme: …全会精神|专题研讨班).
     */
    record Name(int begin, int headBegin, int end, Lexicon.Entry head, int joiner, int ownBegin) {
        boolean joined() {
            return joiner >= 0;
        }
    }

    private final LexiconTrie context;
    private final LexiconTrie.CharClass ordinals;
    private final LexiconTrie.CharClass conjunctions;
    private final LexiconTrie.CharClass positions;
    private final LexiconTrie.CharClass plenumOrdinals;
    private final Pattern sessionOf;
    private final Pattern partyPrefix;
    private final Pattern deputies;
    private final Pattern counted;
    private final Pattern legislature;
    private final Pattern term;
    private final Pattern date;
    private final int maxLength;

    MeetingNames(Words words) {
        context = words.context();
        ordinals = words.ordinals();
        conjunctions = words.conjunctions();
        positions = words.positions();
        plenumOrdinals = words.plenumOrdinals();
        sessionOf = words.sessionOf();
        partyPrefix = words.partyPrefix();
        deputies = words.deputies();
        counted = words.counted();
        legislature = words.legislature();
        term = words.term();
        date = words.date();
        maxLength = words.maxLength();
    }

    /** The reading with the words of {@code context} and {@code numerals} and the patterns of meeting_patterns.txt. */
    static MeetingNames of(LexiconTrie context, LexiconTrie numerals, LexiconPatterns patterns, int maxLength) {
        return new MeetingNames(new Words(context, numerals.chars(Numeral.ORDINAL),
                context.chars(MeetingContext.CONJUNCTION), context.chars(MeetingContext.POSITION),
                context.chars(MeetingContext.PLENUM_ORDINAL), patterns.get("SESSION_OF"), patterns.get("PARTY_PREFIX"),
                patterns.get("DEPUTIES"), patterns.get("DATE"), maxLength, patterns.get("COUNTED"), patterns.get("LEGISLATURE"),
                patterns.get("TERM")));
    }

    /** The names on {@code page}, right to left. */
    List<Name> read(MeetingPage page) {
        String text = page.text();
        TokenIndex tokens = page.tokens();
        BitSet nameEnd = headEnds(text, page.headHits, page.contextHits, tokens);
        BitSet headEnd = (BitSet) nameEnd.clone(); // the heads that stop another name: not a body's (常委会)
        for (int end = nameEnd.nextSetBit(0); end >= 0; end = nameEnd.nextSetBit(end + 1)) {
            if (body(page.headHits.entryEndingAt(end))) {
                headEnd.clear(end);
            }
        }
        List<Name> names = new ArrayList<>();
        int limit = text.length() + 1; // names found so far lie right of this
        for (int end = text.length(); end > 0; end--) {
            if (!nameEnd.get(end) || end > limit) {
                continue;
            }
            int headBegin = page.headHits.beginAt(end);
            Lexicon.Entry head = page.headHits.entryEndingAt(end);
            int begin = -1;
            if (ofMeeting(head) && headEnd.get(headBegin)) { // …二次会议预备会: the name of the meeting it is held for
                begin = begin(text, page.headHits.entryEndingAt(headBegin), page.headHits.beginAt(headBegin), headBegin,
                        page.contextHits, page.levelHits, tokens, headEnd);
            }
            if (begin < 0) {
                begin = begin(text, head, headBegin, end, page.contextHits, page.levelHits, tokens, headEnd);
            }
            if (begin >= 0) {
                int own = themeEnd(headBegin, page.contextHits);
                int activityEnd = joinedActivityEnd(text, end, Math.min(limit - 1, begin + maxLength), page.contextHits);
                int last = activityEnd > end ? activityEnd : end; // …表彰大会暨…主题演讲比赛活动
                names.add(new Name(begin, headBegin, last, head, MeetingText.joiner(page.contextHits, begin, last), Math.max(begin, own)));
                limit = begin;
            }
        }
        return names;
    }

    /**
     * Where an activity joined by a {@code JOINER} right after the head ending at {@code end} ends, at its first
     * {@code JOINED_HEAD} before a stop and up to {@code max} (…表彰大会暨“…”主题演讲比赛活动); -1 when none.
     */
    private static int joinedActivityEnd(String text, int end, int max, LexiconTrie.Matches contextHits) {
        if (end >= text.length() || !is(contextHits.entryAt(end), MeetingContext.JOINER)) {
            return -1;
        }
        for (int q = contextHits.endAt(end) + 1; q <= Math.min(max, text.length()); q++) {
            if (Punctuation.MEETING_STOPS.has(text.charAt(q - 1))) {
                return -1;
            }
            if (is(contextHits.entryEndingAt(q), MeetingContext.JOINED_HEAD)) {
                return q;
            }
        }
        return -1;
    }

    /**
     * The end of every head that ends a meeting's name; all but a body's (常委会) also stop a name at the head of
     * another meeting (县委常委会第133次会议 is one name).
     */
    private BitSet headEnds(String text, LexiconTrie.Matches headHits, LexiconTrie.Matches contextHits,
            TokenIndex tokens) {
        BitSet headEnd = new BitSet();
        for (int end = 1; end <= text.length(); end++) {
            if (headHits.beginAt(end) >= 0 && !continues(text, end, contextHits, headHits)
                    && !cutsAWord(tokens.covering(end - 1), headHits.beginAt(end), end, text)
                    && !insideNamePart(end, contextHits)) {
                headEnd.set(end);
            }
        }
        return headEnd;
    }

    /** Where the name of the meeting whose head is {@code [headBegin, end)} begins, or -1 when it names none. */
    private int begin(String text, Lexicon.Entry head, int headBegin, int end, LexiconTrie.Matches contextHits,
            LexiconTrie.Matches levelHits, TokenIndex tokens, BitSet headEnd) {
        int begin = leftEdge(text, headBegin, contextHits, levelHits, tokens, headEnd);
        int studies = studiedThemeVerb(text, begin, headBegin, contextHits);
        int studied = studies < 0 ? -1 : leftEdge(text, studies, contextHits, levelHits, tokens, headEnd);
        if (studied >= 0 && end - studied <= maxLength) {
            begin = studied; // 全市科级干部学习贯彻…精神专题研讨班: who studies the theme, the theme, the class
        }
        int joined = joinedQualifier(text, begin, headBegin, contextHits, levelHits, tokens, headEnd);
        if (joined >= 0 && end - joined <= maxLength) {
            begin = joined; // 召开侨界委员和港澳代表座谈会: two qualifiers of one meeting
        }
        if (begin == 0 || Punctuation.MEETING_STOPS.has(text.charAt(begin - 1))) {
            // the name ran back to the clause start: the verbs that govern it are no part of it
            // (，审议通过县九届人大三次会议); after 召开 or 举行 the name starts right there
            int lead = begin;
            begin = skipLeadingVerbs(tokens, begin, headBegin, !generic(head));
            if (begin > lead && is(contextHits.entryAt(lead), MeetingContext.NAME_PART)) {
                begin = lead; // 、庆祝…成立65周年大会: a verb that is part of the name stays
            }
        }
        boolean generic = generic(head);
        if (begin < headBegin && "PLENARY".equals(head.column(0)) && verbBefore(tokens, headBegin)) {
            begin = headBegin; // 把握全会精神, 抓好全会精神落实: the verb governs the plenum, it qualifies none
        }
        if (generic && (begin >= headBegin - 1 || objectOfAVerb(tokens, headBegin)
                || is(contextHits.entryEndingAt(headBegin), MeetingContext.UNSPECIFIC))
                || is(contextHits.entryEndingAt(headBegin), MeetingContext.COUNTING)) {
            return -1; // 会议, 这次会议, 开好会议, 一次重要会议, 省市有关会议, 各次全体会议: no name, only the word
        }
        if (body(head) && !sittingOfTheBody(text, begin, headBegin, end, contextHits)) {
            return -1; // 县委常委会研究决定, 省委常委会委员: the body, not a sitting of it
        }
        if (begin == headBegin && (is(contextHits.entryAt(end), MeetingContext.ASPECT) || objectAfter(text, end, tokens))) {
            return -1; // 会议集体学习了…, 专题学习习近平…, 集体学习《…》: the head word used as a verb
        }
        if (begin == headBegin && headEnd.get(headBegin)) {
            return -1; // 人大二次会议闭幕式: the ceremony of the meeting just named is no meeting of its own
        }
        if (begin > 0 && is(contextHits.entryEndingAt(begin), MeetingContext.COUNTS_AFTER)
                && counted.matcher(text).region(begin, headBegin).lookingAt()) {
            return -1; // 召开了3次全体会议: how many meetings, not which (召开37次常委会会议 names the 37th)
        }
        Matcher dated = date.matcher(text).region(begin, headBegin);
        if (dated.find()) {
            begin = dated.end(); // 传达学习3月8日省委…会议精神, 确保11月初全县…: a date, and what stands before it, is no part of a name
        }
        begin = withPartyPrefix(text, begin);
        if (quotedHead(text, begin, end)) {
            int open = text.lastIndexOf('“', end - 1); // quotedHead found it at or after begin
            if (end >= text.length() || text.charAt(end) != '”' || open + 1 >= headBegin) {
                return -1; // 市“两会”: a head inside a quotation is a quoted term, not a meeting's name
            }
            begin = open + 1; // 举办第三次“县政协委员季度座谈会”: the quotation is the meeting's whole name
        }
        if (legislature.matcher(text).region(begin, end).find()) {
            return -1; // 向人民代表大会报告工作: the legislature, not one of its sessions
        }
        return end - begin > maxLength ? -1 : begin;
    }

    /**
     * Where the qualifier begins that 和, 与 or 及 right before {@code begin} joins to the name's, when it runs back to
     * the verb that holds the meeting or to the clause start with no other meeting in it (召开侨界委员和港澳代表座谈会,
     * ，全市春季植树与森林防火工作会议召开), else -1. Not after a meeting, a document or a theme (全国两会和…, 听取了工作报告和…,
     * 讲话精神和…), nor before an organiser or a numbered sitting (营商环境和县九届人大…, 先进集体和政协三届二次会议), nor before
     * a bare head (产生和大会): those join two objects.
     */
    private int joinedQualifier(String text, int begin, int headBegin, LexiconTrie.Matches contextHits,
            LexiconTrie.Matches levelHits, TokenIndex tokens, BitSet headEnd) {
        int conjunction = begin - 1;
        if (conjunction < 1 || begin >= headBegin || !conjunctions.has(text.charAt(conjunction)) || levelHits.endAt(begin) > 0
                || !is(contextHits.entryEndingAt(begin), MeetingContext.CONJUNCTION)
                || is(contextHits.entryEndingAt(conjunction), MeetingContext.THEME_END)
                || term.matcher(text).region(begin, headBegin).find() || sessionOf.matcher(text).region(begin, headBegin).find()) {
            return -1;
        }
        int from = leftEdge(text, conjunction, contextHits, levelHits, tokens, headEnd);
        if (conjunction - from < 2) {
            return -1;
        }
        for (int k = from + 1; k <= conjunction; k++) {
            if (headEnd.get(k)) {
                return -1;
            }
        }
        boolean opens = from == 0 || Punctuation.MEETING_STOPS.has(text.charAt(from - 1))
                || is(contextHits.entryEndingAt(from), MeetingContext.HELD_VERB);
        return opens ? from : -1;
    }

    /**
     * A plain verb ends at {@code cur} and a body's term opens the name there (拟提交|十三届全国人大…); not a place's
     * level HanLP read into a verb (武|强县|第九届…).
     */
    private boolean verbBeforeTerm(Token t, String text, int cur, LexiconTrie.Matches levelHits) {
        return TagGroup.PLAIN_VERB.has(t) && levelHits.beginAt(cur) < 0
                && term.matcher(text).region(cur, text.length()).lookingAt();
    }

    /**
     * Where the verb begins that studies the theme ending right before the head or its kind, left of the name read so
     * far ({@code begin}): 学习贯彻|…全会|精神|专题研讨班, …精神|集中|轮训班, …思想|主题教育|会议; -1 when no theme ends
     * there or no STUDIES verb opens it within the clause.
     */
    private int studiedThemeVerb(String text, int begin, int headBegin, LexiconTrie.Matches contextHits) {
        int themeEnd = themeEnd(headBegin, contextHits);
        if (themeEnd <= begin) {
            return -1;
        }
        int themeBegin = contextHits.beginAt(themeEnd);
        for (int p = themeBegin - 1; p >= Math.max(0, headBegin - maxLength); p--) {
            char c = text.charAt(p);
            if (c != '、' && Punctuation.MEETING_STOPS.has(c) || Character.isWhitespace(c)) {
                return -1;
            }
            if (is(contextHits.entryAt(p), MeetingContext.STUDIES) && contextHits.endAt(p) < themeBegin) {
                int verb = p;
                while (is(contextHits.entryEndingAt(verb), MeetingContext.STUDIES)) {
                    verb = contextHits.beginAt(verb); // 学习|贯彻: the whole verb
                }
                return verb < begin ? verb : -1;
            }
        }
        return -1;
    }

    /** Where a theme (…精神, …思想) ends right before the head or its kind (专题, 主题教育), or -1. */
    private static int themeEnd(int headBegin, LexiconTrie.Matches contextHits) {
        int themeEnd = is(contextHits.entryEndingAt(headBegin), MeetingContext.THEME_KIND) ? contextHits.beginAt(headBegin) : headBegin;
        return is(contextHits.entryEndingAt(themeEnd), MeetingContext.THEME_END) ? themeEnd : -1;
    }

    /** A person's name or a document's title right after the head: its object (专题学习习近平…, 集体学习《…》). */
    private static boolean objectAfter(String text, int end, TokenIndex tokens) {
        Token next = tokens.startingAt(end);
        return end < text.length() && text.charAt(end) == '《' || next != null && TagGroup.PERSON.has(next);
    }

    /** A standing body's name that names its sitting only when held or numbered (常委会). */
    static boolean body(Lexicon.Entry head) {
        return HeadNote.BODY.name().equals(head.column(1));
    }

    /**
     * The body's name {@code [begin, end)} names a sitting: numbered by its session (九届十五次常委会), or right after a
     * verb of holding and before the clause's end (主持召开市委常委会，).
     */
    private boolean sittingOfTheBody(String text, int begin, int headBegin, int end, LexiconTrie.Matches contextHits) {
        Matcher numbered = sessionOf.matcher(text).region(begin, headBegin);
        while (numbered.find()) {
            if (numbered.end() == headBegin) {
                return true;
            }
        }
        boolean held = is(contextHits.entryEndingAt(begin), MeetingContext.HELD_VERB);
        return held && (end == text.length() || Punctuation.CLAUSE_END.has(text.charAt(end)));
    }

    /** A head too generic to name a meeting alone (会议, 大会). */
    private static boolean generic(Lexicon.Entry head) {
        return HeadNote.GENERIC.name().equals(head.column(1));
    }

    /** The name's last opening quotation mark is not closed before its end (市“两会”: the head is quoted). */
    private static boolean quotedHead(String text, int begin, int end) {
        int open = text.lastIndexOf('“', end - 1);
        int close = open < begin ? -1 : text.indexOf('”', open);
        return open >= begin && (close < 0 || close >= end);
    }

    /**
     * The head ends inside a word that starts inside it (调度会商: 会商), so it is no head; 会上, 会后
     * and HanLP's mistaken names (续会并) do not count.
     */
    private boolean cutsAWord(Token last, int headBegin, int end, String text) {
        if (last == null || last.getEnd() == end || last.getBegin() < headBegin) {
            return false;
        }
        return !TokenIndex.isPerson(last) && !(last.getEnd() == end + 1 && positions.at(text, end));
    }

    /**
     * The head is the start of a longer word or organ (会议室, 会议纪要, 人民代表大会常务委员会) or names
     * a congress whose deputies follow (人民代表大会代表): no meeting ends there.
     */
    private boolean continues(String text, int end, LexiconTrie.Matches contextHits, LexiconTrie.Matches headHits) {
        if (end >= text.length()) {
            return false;
        }
        for (int length = 1; length <= 5 && end + length <= text.length(); length++) {
            if (contextHits.endAt(end) >= end + length && is(context.get(text.substring(end, end + length)), MeetingContext.CONTINUES_HEAD)) {
                return true;
            }
        }
        return deputies.matcher(text).region(end, text.length()).useTransparentBounds(true).lookingAt();
    }

    /** Characters of a session's own head (会议) between its number and the body that meets during it. */
    private static final int MAX_SESSION_HEAD = 4;

    /**
     * At {@code cur}, after a congress's head, its session's number and head, then a body that meets during the
     * session (…人民代表大会|二次会议|主席团…): the congress and its session are part of that body's meeting.
     */
    private boolean sessionBeforeItsBody(String text, int cur, int headBegin, LexiconTrie.Matches contextHits, BitSet headEnd) {
        Matcher m = sessionOf.matcher(text).region(cur, headBegin);
        if (!m.lookingAt()) {
            return false;
        }
        for (int h = m.end() + 1; h <= Math.min(headBegin, m.end() + MAX_SESSION_HEAD); h++) {
            if (headEnd.get(h) && is(contextHits.entryAt(h), MeetingContext.SESSION_BODY)) {
                return true;
            }
        }
        return false;
    }

    /** A head that names a meeting held for the one named before it (预备会). */
    private static boolean ofMeeting(Lexicon.Entry head) {
        return HeadNote.OF_MEETING.name().equals(head.column(1));
    }

    private int leftEdge(String text, int headBegin, LexiconTrie.Matches contextHits, LexiconTrie.Matches levelHits,
            TokenIndex tokens, BitSet headEnd) {
        int cur = headBegin;
        int floor = Math.max(0, headBegin - maxLength);
        while (cur > floor) {
            int jump = jumpBack(text, cur, contextHits, levelHits, tokens);
            if (jump >= 0) {
                cur = jump;
                continue;
            }
            if (stopsBefore(text, cur, headBegin, contextHits, levelHits, tokens, headEnd)) {
                break;
            }
            cur--;
        }
        // never start on a quotation mark or inside a word cut by the scan limit
        while (cur < headBegin && "“”‘’\"'".indexOf(text.charAt(cur)) >= 0) {
            cur++;
        }
        return cur;
    }

    /** Where the name goes on left of what ends at {@code cur} when that is a bracket or a shared list, else -1. */
    private int jumpBack(String text, int cur, LexiconTrie.Matches contextHits, LexiconTrie.Matches levelHits,
            TokenIndex tokens) {
        char c = text.charAt(cur - 1);
        if (c == '）' || c == ')') {
            return bracketOpen(text, cur - 1); // 河北省（邢台）新能源装备中试基地揭牌仪式
        }
        if (c == '、' && ordinalBefore(text, cur - 1) && ordinalBefore(text, sharedOrdinalEnd(text, cur))) {
            return sharedOrdinalStart(text, cur - 1); // 十八届三中、四中、五中全会
        }
        if (c == '、' && numbersShareCount(text, cur - 1)) {
            return numbersStart(text, cur - 1); // 第11、12次会议: the numbers share 次
        }
        if (c == '、' && isScope(contextHits.entryAt(cur)) && isScope(contextHits.entryEndingAt(cur - 1))) {
            return contextHits.beginAt(cur - 1); // 全国、全省、全市宣传部长会议: levels sharing one head
        }
        if ((c == '、' || conjunctions.has(c)) && isScope(contextHits.entryEndingAt(cur - 1))
                && (levelHits.beginAt(levelHits.endAt(cur)) == cur || TagGroup.PLACE_OR_PROPER.has(tokens.startingAt(cur)))) {
            return contextHits.beginAt(cur - 1); // 中央和省、县农村工作会议, 中央及青山市…会议: the scope shares the head
        }
        if (c == '、' && sharedHeadStart(text, cur, levelHits) >= 0) {
            return cur - 1; // 省委、市委农村工作会议, 省第九次、市第九次党代会
        }
        if (c == '》' || c == '”') {
            return titleOpen(text, cur - 1); // 青山市《政府工作报告》征求意见座谈会, 市委“…”电视电话会议
        }
        return -1;
    }

    /**
     * The opening mark of a document title or a quoted theme that closes at {@code close} and qualifies
     * the name after it, or -1: no sentence inside (“要抓好落实。”会议强调 is speech), and a short one.
     */
    private static int titleOpen(String text, int close) {
        char open = text.charAt(close) == '》' ? '《' : '“';
        for (int i = close - 1; i >= Math.max(0, close - MAX_QUOTED_QUALIFIER); i--) {
            char c = text.charAt(i);
            if (c == open) {
                return i + 1 < close ? i : -1;
            }
            if (c != '、' && c != '\n' && Punctuation.MEETING_STOPS.has(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** The name cannot take the character before {@code cur}: punctuation, another head, a stop word. */
    private boolean stopsBefore(String text, int cur, int headBegin, LexiconTrie.Matches contextHits,
            LexiconTrie.Matches levelHits, TokenIndex tokens, BitSet headEnd) {
        char c = text.charAt(cur - 1);
        if (Punctuation.MEETING_STOPS.has(c) || Character.isWhitespace(c)) {
            return true;
        }
        if (conjunctions.has(c) && levelHits.endAt(cur) > 0 && !insidePlaceName(cur - 1, tokens)) {
            // 营商环境和县九届人大三次会议: 和 joins two objects (HanLP reads 和县); 省委和市委全会 shares the head
            return !parallelOrganisers(text, cur, levelHits);
        }
        if (headEnd.get(cur) && !is(contextHits.entryEndingAt(cur), MeetingContext.JOINER)
                && !is(contextHits.entryAt(cur), MeetingContext.JOINER)
                && !sessionOf.matcher(text).region(cur, headBegin).matches()
                && !is(contextHits.entryAt(cur), MeetingContext.SESSION_BODY)
                && !sessionBeforeItsBody(text, cur, headBegin, contextHits, headEnd)) {
            // another meeting's head: not joined by 暨, nor the congress whose session this is, nor the session
            // whose presidium meets (…二次会议主席团第二次会议)
            return true;
        }
        if (is(contextHits.entryEndingAt(cur), MeetingContext.DEMONSTRATIVE)) {
            return true; // 以此次…仪式: HanLP reads 以此|次, but 此次 still refers back
        }
        if (insideNamePart(cur, contextHits)) {
            return false; // 理论学习中心组学习会: 学习 inside the group's name stops nothing
        }
        if (is(contextHits.entryEndingAt(cur), MeetingContext.DATELINE_END)) {
            return true; // 本报讯|市十五届…会议: the dateline ends before the body
        }
        if (gluedStop(cur, contextHits, levelHits, tokens)) {
            return true; // 息县召开|县政府…例会, 举行的|市…会议: HanLP glued the stop word to the name (召开县, 的市)
        }
        Token t = tokens.endingAt(cur);
        if (t == null || is(contextHits.entryEndingAt(t.getBegin()), MeetingContext.JOINER)) {
            return false; // …宣传工作会议暨学习骨干培训会: the second name opens right after 暨, whatever its first word
        }
        if (cur < headBegin && (verbBeforeOrganiser(t, cur, contextHits, levelHits, tokens) || verbBeforeTerm(t, text, cur, levelHits))) {
            return true; // 做好县第五次党代会, 收听全县…大会, 拟提交十三届…: the verb governs the name
        }
        Lexicon.Entry e = contextEntry(contextHits, t);
        if (is(e, MeetingContext.GOVERNS_NAME) && cur < headBegin && "“《\"".indexOf(text.charAt(cur)) < 0) {
            return true; // 会议建议|市…会议于…举行: the verb governs the name (not 践行“…”座谈会, 代表建议座谈会)
        }
        if (is(e, MeetingContext.STUDIES) && is(contextEntry(contextHits, tokens.endingAt(t.getBegin())), MeetingContext.HELD_VERB)) {
            return false; // 召开|学习体会交流会: right after the verb of holding the name opens, its study word and all
        }
        boolean stop = is(e, MeetingContext.LEFT_STOP) || is(e, MeetingContext.DEMONSTRATIVE);
        // 春季田间管理暨春耕备播等…工作会议: 等 closes the first part of a name joined by 暨
        return stop && !(is(e, MeetingContext.ETC) && joinedBefore(text, t.getBegin(), contextHits));
    }

    /** 太和|县: the character at {@code pos} lies inside a place's or proper name HanLP read from before it (not 全会和|区委). */
    private static boolean insidePlaceName(int pos, TokenIndex tokens) {
        Token around = tokens.covering(pos);
        return around != null && around.getBegin() < pos && TagGroup.PLACE_OR_PROPER.has(around);
    }

    /**
     * A LEFT_STOP word ends at {@code cur} inside a HanLP word that begins with it and runs on into the
     * organiser's level word (召开|县, 的|市); not a word of its own that starts with one (组织部长).
     */
    private static boolean gluedStop(int cur, LexiconTrie.Matches contextHits, LexiconTrie.Matches levelHits,
            TokenIndex tokens) {
        if (!is(contextHits.entryEndingAt(cur), MeetingContext.LEFT_STOP) || levelHits.endAt(cur) < 0) {
            return false;
        }
        Token word = tokens.covering(cur - 1);
        return word != null && word.getBegin() >= contextHits.beginAt(cur) && word.getEnd() > cur; // 关于|召开县
    }

    /**
     * 党的二十届三中全会, 党的十八届六中全会: the party prefix (PARTY_PREFIX) belongs to a numbered
     * party congress or plenum that starts at {@code begin}.
     */
    private int withPartyPrefix(String text, int begin) {
        for (int from = Math.max(0, begin - 4); from < begin; from++) {
            Matcher m = partyPrefix.matcher(text).region(from, text.length()).useTransparentBounds(true);
            if (m.lookingAt() && m.end() == begin) {
                return from;
            }
        }
        return begin;
    }

    /** The ordinal X中 (of 三中全会) ends at {@code end}. */
    private boolean ordinalBefore(String text, int end) {
        return end >= 2 && plenumOrdinals.at(text, end - 1) && ordinals.at(text, end - 2);
    }

    /** 第11、12次, 第十一、十二次: numbers on both sides of the mark at {@code mark}, then one count word (次). */
    private boolean numbersShareCount(String text, int mark) {
        int p = mark + 1;
        while (p < text.length() && number(text, p)) {
            p++;
        }
        return mark > 0 && number(text, mark - 1) && p > mark + 1 && p < text.length() && plenumOrdinals.at(text, p);
    }

    private int numbersStart(String text, int end) {
        int p = end;
        while (p > 0 && number(text, p - 1)) {
            p--;
        }
        return p;
    }

    private boolean number(String text, int p) {
        char c = text.charAt(p);
        return c >= '0' && c <= '9' || ordinals.at(text, p);
    }

    private int sharedOrdinalEnd(String text, int from) {
        int p = from;
        while (ordinals.at(text, p)) {
            p++;
        }
        return plenumOrdinals.at(text, p) ? p + 1 : -1;
    }

    private int sharedOrdinalStart(String text, int end) {
        int p = end - 1;
        while (p > 0 && ordinals.at(text, p - 1)) {
            p--;
        }
        return p;
    }

    /**
     * 省委和市委全会: the conjunction before {@code cur} joins two organisers of one kind, a level word
     * and the same organ character on both sides (省委 和 市委), who share the head.
     */
    private static boolean parallelOrganisers(String text, int cur, LexiconTrie.Matches levelHits) {
        return sharedHeadStart(text, cur, levelHits) >= 0;
    }

    /**
     * Where the first of two organisers of one kind joined before {@code cur} begins (省委、市委,
     * 省第九次、市第九次): a level word on each side of the mark, the same text after each; else -1.
     */
    private static int sharedHeadStart(String text, int cur, LexiconTrie.Matches levelHits) {
        int conj = cur - 1;
        int after = levelHits.endAt(cur);
        if (conj < 2 || after < 0 || after >= text.length()) {
            return -1;
        }
        for (int b = conj - 2; b >= Math.max(0, conj - MAX_SHARED_ORGANISER); b--) {
            int levelEnd = levelHits.endAt(b);
            if (levelEnd > b && levelEnd < conj && text.startsWith(text.substring(levelEnd, conj), after)) {
                return b;
            }
        }
        return -1;
    }

    /** The character before {@code cur} is inside a NAME_PART word (理论学习中心组). */
    private static boolean insideNamePart(int cur, LexiconTrie.Matches contextHits) {
        for (int i = cur - 1; i >= Math.max(0, cur - 12); i--) {
            Lexicon.Entry e = contextHits.entryAt(i);
            if (e != null && e.is(MeetingContext.NAME_PART) && contextHits.endAt(i) >= cur) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word ending at {@code cur} governs a name whose organiser starts there (a level or scope
     * word: 做好|县第五次党代会, 收听|全县…大会; a verbal noun too, 督查|市委…会议), and no organiser stands before that word
     * (青山高新区创建全国文明城市动员会议 keeps its 创建), nor a verb of holding (召开创建…大会), and the organ is
     * no bare institution suffix (深化改革|委员会 names the committee).
     */
    private static boolean verbBeforeOrganiser(Token t, int cur, LexiconTrie.Matches contextHits,
            LexiconTrie.Matches levelHits, TokenIndex tokens) {
        Token next = tokens.startingAt(cur);
        // an institution word with its level (市委, 区委: HanLP's nis), not a bare one (委员会)
        boolean levelledInstitution = TagGroup.ORGAN_SUFFIX.has(next) && levelHits.endAt(cur) > 0;
        // a level word that is a whole word (市|第四次), a scope (全省) or an organ (区委); not 乡村
        boolean organiser = next != null && (levelHits.endAt(cur) == next.getEnd() || TagGroup.ORGAN.has(next)
                || levelledInstitution) || isScope(contextHits.entryAt(cur));
        boolean governs = TagGroup.GOVERNS_OBJECT.has(t) || TagGroup.VERB_OR_VERBAL_NOUN.has(t) && t.getEnd() - t.getBegin() >= 2;
        if (!organiser || !governs || TagGroup.ORGAN_SUFFIX.has(next) && !levelledInstitution) {
            return false; // 全面深化改革|委员会: the verb names the committee by its task
        }
        Token before = tokens.endingAt(t.getBegin());
        if (before != null && is(contextEntry(contextHits, before), MeetingContext.HELD_VERB)) {
            return false; // 召开创建全国文明城市动员大会: the name's purpose right after the verb that holds it
        }
        // 青山高新区|创建…: an organiser before the verb keeps it; a person before it is its subject (某某|通报)
        return levelHits.beginAt(t.getBegin()) < 0
                && (before == null || !TagGroup.PROPER_NAME.has(before) || TagGroup.PERSON.has(before));
    }
}
