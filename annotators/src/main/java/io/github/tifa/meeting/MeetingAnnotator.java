package io.github.tifa.meeting;

import static io.github.tifa.meeting.MeetingText.bracketOpen;
import static io.github.tifa.meeting.MeetingText.contextEntry;
import static io.github.tifa.meeting.MeetingText.held;
import static io.github.tifa.meeting.MeetingText.is;
import static io.github.tifa.meeting.MeetingText.isScope;
import static io.github.tifa.meeting.MeetingText.joined;
import static io.github.tifa.meeting.MeetingText.joinedBefore;
import static io.github.tifa.meeting.MeetingText.objectOfAVerb;
import static io.github.tifa.meeting.MeetingText.skipLeadingVerbs;

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
import io.github.tifa.model.Punctuation;
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

    private static final Set<String> PATTERN_NAMES = Set.of("TERM", "SESSION", "SESSION_OF", "CONGRESS",
            "PARTY_PREFIX", "HELD_BY", "PARTY_COMMITTEE", "PLENARY", "DEPUTIES", "DATE");

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
    private MeetingKinds kinds;
    private Pattern deputies;
    private Pattern date;
    private LexiconTrie.CharClass ordinals;
    private LexiconTrie.CharClass conjunctions;
    private LexiconTrie.CharClass positions;
    private LexiconTrie.CharClass plenumOrdinals;

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
            date = patterns.get("DATE");
        } catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
        ordinals = numerals.chars(Numeral.ORDINAL);
        conjunctions = context.chars(MeetingContext.CONJUNCTION);
        positions = context.chars(MeetingContext.POSITION);
        plenumOrdinals = context.chars(MeetingContext.PLENUM_ORDINAL);
        kinds = new MeetingKinds(heads, context.words(MeetingContext.MODE), partyCommittee, plenary);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        LexiconTrie.Matches headHits = heads.match(text);
        LexiconTrie.Matches contextHits = context.lazy(text); // consulted at token ends
        LexiconTrie.Matches levelHits = levels.lazy(text);
        TokenIndex tokens = TokenIndex.of(jcas);
        BitSet headEnd = headEnds(text, headHits, contextHits, tokens);
        int limit = text.length() + 1; // names found so far lie right of this
        for (int end = text.length(); end > 0; end--) {
            if (!headEnd.get(end) || end > limit) {
                continue;
            }
            int headBegin = headHits.beginAt(end);
            Lexicon.Entry head = headHits.entryEndingAt(end);
            int begin = begin(text, head, headBegin, end, contextHits, levelHits, tokens, headEnd);
            if (begin < 0) {
                continue;
            }
            String name = text.substring(begin, end);
            Meeting meeting = new Meeting(jcas, begin, end);
            meeting.setMeetingType(kinds.type(name, head));
            meeting.setHeld(held(text, begin, end, contextHits, tokens));
            meeting.setTerm(find(term, name));
            meeting.setSession(find(session, term.matcher(name).replaceAll("")));
            meeting.setMode(kinds.mode(text, name, end));
            meeting.setRule(joined(name, contextHits, begin) ? RULE_JOINED
                    : begin == headBegin ? RULE_TYPE_WORD : RULE_HEAD);
            meeting.addToIndexes();
            limit = begin;
        }
        modeOfReportedMeeting(jcas, text);
        congresses(jcas, text, contextHits, tokens);
    }

    /** The end of every head that ends a meeting's name, to stop a name at the head of another meeting. */
    private BitSet headEnds(String text, LexiconTrie.Matches headHits, LexiconTrie.Matches contextHits,
            TokenIndex tokens) {
        BitSet headEnd = new BitSet();
        for (int end = 1; end <= text.length(); end++) {
            if (headHits.beginAt(end) >= 0 && !continues(text, end, contextHits, headHits)
                    && !cutsAWord(tokens.covering(end - 1), headHits.beginAt(end), end, text)) {
                headEnd.set(end);
            }
        }
        return headEnd;
    }

    /** Where the name of the meeting whose head is {@code [headBegin, end)} begins, or -1 when it names none. */
    private int begin(String text, Lexicon.Entry head, int headBegin, int end, LexiconTrie.Matches contextHits,
            LexiconTrie.Matches levelHits, TokenIndex tokens, BitSet headEnd) {
        int begin = leftEdge(text, headBegin, contextHits, levelHits, tokens, headEnd);
        if (begin == 0 || Punctuation.MEETING_STOPS.has(text.charAt(begin - 1))) {
            // the name ran back to the clause start: the verbs that govern it are no part of it
            // (，审议通过县九届人大三次会议); after 召开 or 举行 the name starts right there
            begin = skipLeadingVerbs(tokens, begin, headBegin);
        }
        boolean generic = HeadNote.GENERIC.name().equals(head.column(1));
        if (generic && (begin >= headBegin - 1 || objectOfAVerb(tokens, headBegin))) {
            return -1; // 会议, 这次会议, 开好会议, 一次重要会议: no name, only the word
        }
        if (begin == headBegin && is(contextHits.entryAt(end), MeetingContext.ASPECT)) {
            return -1; // 会议集体学习了…: the head word used as a verb
        }
        if (begin == headBegin && headEnd.get(headBegin)) {
            return -1; // 人大二次会议闭幕式: the ceremony of the meeting just named is no meeting of its own
        }
        Matcher dated = date.matcher(text).region(begin, headBegin);
        if (dated.lookingAt()) {
            begin = dated.end(); // 传达学习3月8日省委…会议精神: a calendar date is never part of a name
        }
        begin = withPartyPrefix(text, begin);
        return end - begin > maxLength ? -1 : begin;
    }

    /** Congresses cited by their short name (党的二十大): PLENARY, the session from the pattern. */
    private void congresses(JCas jcas, String text, LexiconTrie.Matches contextHits, TokenIndex tokens) {
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
            int jump = jumpBack(text, cur, contextHits);
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
    private int jumpBack(String text, int cur, LexiconTrie.Matches contextHits) {
        char c = text.charAt(cur - 1);
        if (c == '）' || c == ')') {
            return bracketOpen(text, cur - 1); // 河北省（邢台）新能源装备中试基地揭牌仪式
        }
        if (c == '、' && ordinalBefore(text, cur - 1) && ordinalBefore(text, sharedOrdinalEnd(text, cur))) {
            return sharedOrdinalStart(text, cur - 1); // 十八届三中、四中、五中全会
        }
        if (c == '、' && isScope(contextHits.entryAt(cur)) && isScope(contextHits.entryEndingAt(cur - 1))) {
            return contextHits.beginAt(cur - 1); // 全国、全省、全市宣传部长会议: levels sharing one head
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
        if (conjunctions.has(c) && levelHits.endAt(cur) > 0) {
            return true; // 营商环境和县九届人大三次会议: 和 joins two objects; HanLP reads 和县
        }
        if (headEnd.get(cur) && !is(contextHits.entryEndingAt(cur), MeetingContext.JOINER)
                && !is(contextHits.entryAt(cur), MeetingContext.JOINER)
                && !sessionOf.matcher(text).region(cur, headBegin).matches()) {
            return true; // another meeting's head: not joined by 暨, nor the congress whose session this is
        }
        if (is(contextHits.entryEndingAt(cur), MeetingContext.DEMONSTRATIVE)) {
            return true; // 以此次…仪式: HanLP reads 以此|次, but 此次 still refers back
        }
        Token t = tokens.endingAt(cur);
        if (t == null) {
            return false;
        }
        Lexicon.Entry e = contextEntry(contextHits, t, text);
        boolean stop = is(e, MeetingContext.LEFT_STOP) || is(e, MeetingContext.DEMONSTRATIVE);
        // 春季田间管理暨春耕备播等…工作会议: 等 closes the first part of a name joined by 暨
        return stop && !(is(e, MeetingContext.ETC) && joinedBefore(text, t.getBegin(), contextHits));
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

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : "";
    }
}
