package io.github.tifa.meeting;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
import io.github.tifa.lexicon.LexiconPatterns;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.lexicon.WordClass.HeadNote;
import io.github.tifa.lexicon.WordClass.MeetingContext;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass;
import io.github.tifa.reflow.Han;
import io.github.tifa.segment.TokenIndex;
import io.github.tifa.type.Article;
import io.github.tifa.type.Meeting;

/**
 * Finds the names of specific meetings and ceremonies. A name ends in a head word (座谈会,
 * 全体会议, 揭牌仪式; the longest head wins) and reaches left over its organiser or qualifier until
 * punctuation, a verb or preposition that introduces it (召开, 传达学习, 在), a relative clause's 的,
 * a demonstrative (本次) or another meeting's head; 暨 joins two events into one name, and a short
 * bracketed place stays inside (河北省（邢台）…揭牌仪式).
 * A generic head (会议, 大会, 仪式) needs a qualifier, so anaphoric 会议/这次会议 are not names.
 * Features: {@code meetingType} from the head (or, for a generic head, from what precedes it),
 * {@code held} false when the name is only cited (传达学习…精神), {@code term}/{@code session} from the
 * numbering in the name, {@code mode} from 视频/电视电话.
 */
@TypeCapability(inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", "io.github.tifa.type.Article"},
        outputs = "io.github.tifa.type.Meeting")
public class MeetingAnnotator extends JCasAnnotator_ImplBase {

    /** Head words with their meetingType (and GENERIC in a third column): meeting_heads.txt. */
    public static final String PARAM_HEAD_LEXICON = "headLexicon";
    @ExternalResource(key = PARAM_HEAD_LEXICON, mandatory = false)
    private LexiconResource headLexicon;

    /** Words around names (meeting_context.txt): LEFT_STOP, CITE_BEFORE, MODE, JOINER … */
    public static final String PARAM_CONTEXT_LEXICON = "contextLexicon";
    @ExternalResource(key = PARAM_CONTEXT_LEXICON, mandatory = false)
    private LexiconResource contextLexicon;

    /** Level words (levels.txt: 县, 市 …): after a conjunction they start a new noun phrase. */
    public static final String PARAM_LEVEL_LEXICON = "levelLexicon";
    @ExternalResource(key = PARAM_LEVEL_LEXICON, mandatory = false)
    private LexiconResource levelLexicon;

    /** Numerals (numerals.txt) of terms, sessions and plenums. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    private LexiconResource numeralLexicon;

    /** The meeting patterns (meeting_patterns.txt): TERM, SESSION, CONGRESS, HELD_BY … */
    public static final String PARAM_PATTERNS = "meetingPatterns";
    @ExternalResource(key = PARAM_PATTERNS, mandatory = false)
    private LexiconResource patternLexicon;

    /** Longest name, in characters. */
    public static final String PARAM_MAX_LENGTH = "maxLength";
    @ConfigurationParameter(name = PARAM_MAX_LENGTH, mandatory = false, defaultValue = "40")
    private int maxLength;

    /** The meetingType values (meeting_types.txt, ANNOTATION-SCHEME.md); the heads may use only these. */
    public static final String PARAM_TYPE_LEXICON = "typeLexicon";
    @ExternalResource(key = PARAM_TYPE_LEXICON, mandatory = false)
    private LexiconResource typeLexicon;

    static final String RULE_HEAD = "meeting.qualified-head";
    static final String RULE_JOINED = "meeting.joined-heads";
    static final String RULE_TYPE_WORD = "meeting.type-word";
    static final String RULE_CONGRESS = "meeting.congress-short-name";

    private static final String STOP_CHARS = "，,。．！？!?；;：:、（）()《》【】\n";
    private static final Set<String> PATTERN_NAMES = Set.of("TERM", "SESSION", "SESSION_OF", "CONGRESS",
            "PARTY_PREFIX", "HELD_BY", "PARTY_COMMITTEE", "PLENARY", "DEPUTIES");

    private LexiconTrie heads;
    private LexiconTrie context;
    private LexiconTrie levels;
    private Pattern term;
    private Pattern session;
    private Pattern sessionOf;
    private Pattern congress;
    private Pattern partyPrefix;
    private Pattern heldBy;
    private Pattern partyCommittee;
    private Pattern plenary;
    private Pattern deputies;
    private LexiconTrie.CharClass ordinals;
    private LexiconTrie.CharClass conjunctions;
    private LexiconTrie.CharClass positions;
    private LexiconTrie.CharClass plenumOrdinals;
    private List<String> modes;

    @Override
    public void initialize(UimaContext ctx) throws ResourceInitializationException {
        super.initialize(ctx);
        heads = LexiconResource.trieOf(headLexicon, Lexicons.MEETING_HEADS);
        context = LexiconResource.trieOf(contextLexicon, Lexicons.MEETING_CONTEXT);
        levels = LexiconResource.trieOf(levelLexicon, Lexicons.LEVELS);
        LexiconTrie numerals = LexiconResource.trieOf(numeralLexicon, Lexicons.NUMERALS);
        List<String> types = LexiconResource.trieOf(typeLexicon, Lexicons.MEETING_TYPES).lexicon().entries().stream()
                .map(Lexicon.Entry::key).toList();
        for (Lexicon.Entry e : heads.lexicon().entries()) {
            if (!types.contains(e.column(0))) {
                throw new ResourceInitializationException(new IllegalArgumentException(String.format(
                        "%s line %d: second column must be a meetingType of meeting_types.txt (%s), got '%s'",
                        heads.lexicon().name(), e.line(), String.join(", ", types), e.column(0))));
            }
        }
        try {
            LexiconPatterns patterns = new LexiconPatterns(LexiconResource.trieOf(patternLexicon,
                    Lexicons.MEETING_PATTERNS), PATTERN_NAMES, numerals, context);
            term = patterns.get("TERM");
            session = patterns.get("SESSION");
            sessionOf = patterns.get("SESSION_OF");
            congress = patterns.get("CONGRESS");
            partyPrefix = patterns.get("PARTY_PREFIX");
            heldBy = patterns.get("HELD_BY");
            partyCommittee = patterns.get("PARTY_COMMITTEE");
            plenary = patterns.get("PLENARY");
            deputies = patterns.get("DEPUTIES");
        } catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
        ordinals = numerals.chars(Numeral.ORDINAL);
        conjunctions = context.chars(MeetingContext.CONJUNCTION);
        positions = context.chars(MeetingContext.POSITION);
        plenumOrdinals = context.chars(MeetingContext.PLENUM_ORDINAL);
        modes = context.words(MeetingContext.MODE);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        int n = text.length();
        LexiconTrie.Matches headHits = heads.match(text);
        LexiconTrie.Matches contextHits = context.lazy(text); // consulted at token ends
        LexiconTrie.Matches levelHits = levels.lazy(text);
        TokenIndex tokens = TokenIndex.of(jcas);
        // the end of every head, to stop a name at the head of another meeting
        BitSet headEnd = new BitSet();
        for (int end = 1; end <= n; end++) {
            if (headHits.beginAt(end) >= 0 && !continues(text, end, contextHits, headHits)
                    && !cutsAWord(tokens.covering(end - 1), headHits.beginAt(end), end, text)) {
                headEnd.set(end);
            }
        }
        int limit = n + 1; // names found so far lie right of this
        for (int end = n; end > 0; end--) {
            if (!headEnd.get(end) || end > limit) {
                continue;
            }
            int headBegin = headHits.beginAt(end);
            Lexicon.Entry head = headHits.entryEndingAt(end);
            int begin = leftEdge(text, headBegin, contextHits, levelHits, tokens, headEnd);
            if (begin == 0 || STOP_CHARS.indexOf(text.charAt(begin - 1)) >= 0) {
                // the name ran back to the clause start: the verbs that govern it are no part of it
                // (，审议通过县九届人大三次会议); after 召开 or 举行 the name starts right there
                begin = skipLeadingVerbs(tokens, begin, headBegin);
            }
            boolean generic = HeadNote.GENERIC.name().equals(head.column(1));
            if (generic && (begin >= headBegin - 1 || objectOfAVerb(tokens, headBegin))) {
                continue; // 会议, 这次会议, 开好会议, 一次重要会议: no name, only the word
            }
            if (begin == headBegin && is(contextHits.entryAt(end), MeetingContext.ASPECT)) {
                continue; // 会议集体学习了…: the head word used as a verb
            }
            begin = withPartyPrefix(text, begin);
            if (end - begin > maxLength) {
                continue;
            }
            String name = text.substring(begin, end);
            Meeting meeting = new Meeting(jcas, begin, end);
            meeting.setMeetingType(type(name, head));
            meeting.setHeld(held(text, begin, end, contextHits, tokens));
            meeting.setTerm(find(term, name));
            meeting.setSession(find(session, term.matcher(name).replaceAll("")));
            meeting.setMode(mode(text, name, end));
            meeting.setRule(joined(name, contextHits, begin) ? RULE_JOINED
                    : begin == headBegin ? RULE_TYPE_WORD : RULE_HEAD);
            meeting.addToIndexes();
            limit = begin;
        }
        modeOfReportedMeeting(jcas, text);
        Matcher congresses = congress.matcher(text);
        while (congresses.find()) {
            Meeting meeting = new Meeting(jcas, congresses.start(), congresses.end());
            meeting.setMeetingType("PLENARY");
            meeting.setHeld(held(text, congresses.start(), congresses.end(), contextHits, tokens));
            meeting.setTerm("");
            meeting.setSession(congresses.group(1));
            meeting.setMode("");
            meeting.setRule(RULE_CONGRESS);
            meeting.addToIndexes();
        }
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

    private int leftEdge(String text, int headBegin, LexiconTrie.Matches contextHits, LexiconTrie.Matches levelHits,
            TokenIndex tokens, BitSet headEnd) {
        int cur = headBegin;
        int floor = Math.max(0, headBegin - maxLength);
        while (cur > floor) {
            char c = text.charAt(cur - 1);
            if (c == '）' || c == ')') {
                int open = bracketOpen(text, cur - 1);
                if (open >= 0) {
                    cur = open; // 河北省（邢台）新能源装备中试基地揭牌仪式
                    continue;
                }
            }
            if (c == '、' && ordinalBefore(text, cur - 1) && ordinalBefore(text, sharedOrdinalEnd(text, cur))) {
                cur = sharedOrdinalStart(text, cur - 1); // 十八届三中、四中、五中全会
                continue;
            }
            if (c == '、' && isScope(contextHits.entryAt(cur)) && isScope(contextHits.entryEndingAt(cur - 1))) {
                cur = contextHits.beginAt(cur - 1); // 全国、全省、全市宣传部长会议: levels sharing one head
                continue;
            }
            if (STOP_CHARS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                break;
            }
            if (conjunctions.has(c) && levelHits.endAt(cur) > 0) {
                break; // 营商环境和县九届人大三次会议: 和 joins two objects; HanLP reads 和县
            }
            if (headEnd.get(cur) && !is(contextHits.entryEndingAt(cur), MeetingContext.JOINER) && !is(contextHits.entryAt(cur), MeetingContext.JOINER)
                    && !sessionOf.matcher(text).region(cur, headBegin).matches()) {
                break; // another meeting's head: not joined by 暨, nor the congress whose session this is
            }
            Lexicon.Entry demonstrative = contextHits.entryEndingAt(cur);
            if (is(demonstrative, MeetingContext.DEMONSTRATIVE)) {
                break; // 以此次…仪式: HanLP reads 以此|次, but 此次 still refers back
            }
            Token t = tokens.endingAt(cur);
            if (t != null) {
                Lexicon.Entry e = contextEntry(contextHits, t, text);
                boolean stop = is(e, MeetingContext.LEFT_STOP) || is(e, MeetingContext.DEMONSTRATIVE);
                // 春季田间管理暨春耕备播等…工作会议: 等 closes the first part of a name joined by 暨
                if (stop && !(is(e, MeetingContext.ETC) && joinedBefore(text, t.getBegin(), contextHits))) {
                    break;
                }
            }
            cur--;
        }
        // never start on a quotation mark or inside a word cut by the scan limit
        while (cur < headBegin && "“”‘’\"'".indexOf(text.charAt(cur)) >= 0) {
            cur++;
        }
        return cur;
    }

    /** 会议以视频形式召开: the mode of every held meeting of that article that has none printed. */
    private void modeOfReportedMeeting(JCas jcas, String text) {
        for (Article article : JCasUtil.select(jcas, Article.class)) {
            Matcher m = heldBy.matcher(text).region(article.getBegin(), article.getEnd());
            if (m.find()) {
                for (Meeting meeting : JCasUtil.selectCovered(Meeting.class, article)) {
                    if (meeting.getHeld() && meeting.getMode().isEmpty()) {
                        meeting.setMode(m.group(1));
                    }
                }
            }
        }
    }

    /** Part-of-speech prefixes of words that never open a meeting's name: verbs, adverbs, prepositions. */
    private static final String[] NOT_OPENING = {"v", "d", "p", "c", "u", "r", "y", "e", "o", "a"};

    /** 审议通过县九届人大三次会议, 精心筹备好…: the name starts after the verbs that govern it. */
    private static int skipLeadingVerbs(TokenIndex tokens, int begin, int headBegin) {
        int b = begin;
        while (b < headBegin) {
            Token t = tokens.startingAt(b);
            if (t == null || t.getEnd() > headBegin || !startsWithAny(TokenIndex.pos(t), NOT_OPENING)) {
                break;
            }
            b = t.getEnd();
        }
        return b < headBegin ? b : begin;
    }

    /** 开好会议, 确保大会, 了解会议, 一次重要会议: a verb or an adjective right before a generic head. */
    private static boolean objectOfAVerb(TokenIndex tokens, int headBegin) {
        Token before = tokens.endingAt(headBegin);
        return before != null && (startsWithAny(TokenIndex.pos(before), "v", "a", "d", "p") && !TokenIndex.pos(before).startsWith("vn"));
    }

    private static boolean startsWithAny(String pos, String... prefixes) {
        for (String prefix : prefixes) {
            if (pos.startsWith(prefix)) {
                return true;
            }
        }
        return false;
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

    private static boolean isScope(Lexicon.Entry e) {
        return is(e, MeetingContext.SCOPE);
    }

    private static boolean is(Lexicon.Entry e, WordClass wordClass) {
        return e != null && e.is(wordClass);
    }

    /** A JOINER (暨) stands between {@code pos} and the start of its clause. */
    private static boolean joinedBefore(String text, int pos, LexiconTrie.Matches contextHits) {
        for (int i = pos - 1; i >= 0 && STOP_CHARS.indexOf(text.charAt(i)) < 0; i--) {
            if (is(contextHits.entryAt(i), MeetingContext.JOINER)) {
                return true;
            }
        }
        return false;
    }

    /** The name joins two events with a JOINER (揭牌暨开业仪式). */
    private static boolean joined(String name, LexiconTrie.Matches contextHits, int begin) {
        for (int i = 0; i < name.length(); i++) {
            if (is(contextHits.entryAt(begin + i), MeetingContext.JOINER)) {
                return true;
            }
        }
        return false;
    }

    /** The opening bracket of a short bracketed place or organ inside a name, or -1. */
    private static int bracketOpen(String text, int close) {
        for (int i = close - 1; i >= Math.max(0, close - 8); i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                return i + 1 < close && i > 0 && Han.at(text, i - 1) ? i : -1;
            }
            if (!Han.at(text, i)) {
                return -1;
            }
        }
        return -1;
    }

    /** The context lexicon entry that is exactly this token, or null. */
    private static Lexicon.Entry contextEntry(LexiconTrie.Matches contextHits, Token t, String text) {
        return contextHits.endAt(t.getBegin()) == t.getEnd() ? contextHits.entryAt(t.getBegin()) : null;
    }

    private String type(String name, Lexicon.Entry head) {
        if (!HeadNote.GENERIC.name().equals(head.column(1))) {
            return head.column(0);
        }
        // the mode is printed inside the head: …工作视频会议 is a 工作会议 held by video
        String unmoded = name;
        for (String mode : modes) {
            unmoded = unmoded.replace(mode, "");
        }
        if (!unmoded.equals(name)) {
            LexiconTrie.Matches m = heads.match(unmoded);
            Lexicon.Entry inner = m.entryEndingAt(unmoded.length());
            if (inner != null && !HeadNote.GENERIC.name().equals(inner.column(1))) {
                return inner.column(0);
            }
        }
        if (partyCommittee.matcher(name).find()) {
            return "PARTY_COMMITTEE";
        }
        if (plenary.matcher(name).find()) {
            return "PLENARY";
        }
        return head.column(0);
    }

    private static boolean held(String text, int begin, int end, LexiconTrie.Matches contextHits,
            TokenIndex tokens) {
        int after = contextHits.endAt(end);
        if (after > 0 && is(contextHits.entryAt(end), MeetingContext.CITE_AFTER)) {
            return false;
        }
        Token before = tokens.endingAt(begin);
        if (before != null) {
            Lexicon.Entry e = contextEntry(contextHits, before, text);
            return !is(e, MeetingContext.CITE_BEFORE);
        }
        return true;
    }

    /** The mode (MODE: 视频, 电视电话) printed in the name, or in the next words of its sentence. */
    private String mode(String text, String name, int end) {
        for (String mode : modes) {
            if (name.contains(mode)) {
                return mode;
            }
        }
        String next = text.substring(end, Math.min(text.length(), end + 12));
        int stop = next.indexOf('。');
        if (stop >= 0) {
            next = next.substring(0, stop);
        }
        for (String mode : modes) {
            if (next.contains(mode)) {
                return mode;
            }
        }
        return "";
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : "";
    }
}
