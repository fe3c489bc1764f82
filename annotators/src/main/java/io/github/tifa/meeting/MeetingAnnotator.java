package io.github.tifa.meeting;


import java.util.ArrayList;
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
import io.github.tifa.lexicon.ReadsLexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.lexicon.WordClass.MeetingContext;
import io.github.tifa.model.Overlaps;
import io.github.tifa.rules.Page;
import io.github.tifa.rules.Rule;
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
    @ReadsLexicon(LexiconFile.MEETING_HEADS)
    private LexiconResource headLexicon;

    /** Words around names (meeting_context.txt): LEFT_STOP, CITE_BEFORE, MODE, JOINER … */
    public static final String PARAM_CONTEXT_LEXICON = "contextLexicon";
    @ExternalResource(key = PARAM_CONTEXT_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.MEETING_CONTEXT)
    private LexiconResource contextLexicon;

    /** Level words (levels.txt: 县, 市 …): after a conjunction they start a new noun phrase. */
    public static final String PARAM_LEVEL_LEXICON = "levelLexicon";
    @ExternalResource(key = PARAM_LEVEL_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.LEVELS)
    private LexiconResource levelLexicon;

    /** Numerals (numerals.txt) of terms, sessions and plenums. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.NUMERALS)
    private LexiconResource numeralLexicon;

    /** The meeting patterns (meeting_patterns.txt): TERM, SESSION, CONGRESS, HELD_BY … */
    public static final String PARAM_PATTERNS = "meetingPatterns";
    @ExternalResource(key = PARAM_PATTERNS, mandatory = false)
    @ReadsLexicon(LexiconFile.MEETING_PATTERNS)
    private LexiconResource patternLexicon;

    /** Longest name, in characters. */
    public static final String PARAM_MAX_LENGTH = "maxLength";
    @ConfigurationParameter(name = PARAM_MAX_LENGTH, mandatory = false, defaultValue = "40")
    private int maxLength;

    /** The meetingType values (meeting_types.txt, ANNOTATION-SCHEME.md); the heads may use only these. */
    public static final String PARAM_TYPE_LEXICON = "typeLexicon";
    @ExternalResource(key = PARAM_TYPE_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.MEETING_TYPES)
    private LexiconResource typeLexicon;

    static final String RULE_HEAD = QualifiedHead.NAME;
    static final String RULE_JOINED = JoinedHeads.NAME;
    static final String RULE_TYPE_WORD = TypeWord.NAME;
    static final String RULE_CONGRESS = CongressShortName.NAME;

    static final Set<String> PATTERN_NAMES = Set.of("TERM", "SESSION", "SESSION_OF", "BARE_SESSION", "PRESIDIUM", "LEGISLATURE", "CONGRESS",
            "PARTY_PREFIX", "HELD_BY", "ASSEMBLY_SESSION", "PARTY_COMMITTEE", "PLENARY", "DEPUTIES", "DATE", "COUNTED");

    private MeetingPage.Lexicons lexicons;
    /** The rules of RULES.md's meeting table; their spans never overlap, the policy settles it if they do. */
    private List<Rule<MeetingPage, MeetingSpan>> rules;
    private Pattern term;
    private Pattern session;
    private Pattern heldBy;
    private Pattern bareSession;
    private MeetingKinds kinds;

    @Override
    public void initialize(UimaContext ctx) throws ResourceInitializationException {
        super.initialize(ctx);
        LexiconTrie heads = LexiconResource.trieOf(headLexicon, LexiconFile.MEETING_HEADS);
        LexiconTrie context = LexiconResource.trieOf(contextLexicon, LexiconFile.MEETING_CONTEXT);
        LexiconTrie levels = LexiconResource.trieOf(levelLexicon, LexiconFile.LEVELS);
        LexiconTrie numerals = LexiconResource.trieOf(numeralLexicon, LexiconFile.NUMERALS);
        List<String> types = LexiconResource.trieOf(typeLexicon, LexiconFile.MEETING_TYPES).lexicon().entries().stream()
                .map(Lexicon.Entry::key).toList();
        for (Lexicon.Entry e : heads.lexicon().entries()) {
            if (!types.contains(e.column(0))) {
                throw new ResourceInitializationException(new IllegalArgumentException(String.format(
                        "%s line %d: second column must be a meetingType of meeting_types.txt (%s), got '%s'",
                        heads.lexicon().name(), e.line(), String.join(", ", types), e.column(0))));
            }
        }
        LexiconPatterns patterns;
        try {
            patterns = new LexiconPatterns(LexiconResource.trieOf(patternLexicon, LexiconFile.MEETING_PATTERNS),
                    PATTERN_NAMES, numerals, context);
        } catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
        term = patterns.get("TERM");
        session = patterns.get("SESSION");
        heldBy = patterns.get("HELD_BY");
        bareSession = patterns.get("BARE_SESSION");
        kinds = new MeetingKinds(heads, context.words(MeetingContext.MODE), patterns.get("PRESIDIUM"), patterns.get("ASSEMBLY_SESSION"), patterns.get("PARTY_COMMITTEE"),
                patterns.get("PLENARY"));
        lexicons = new MeetingPage.Lexicons(heads, context, levels);
        MeetingNames names = MeetingNames.of(context, numerals, patterns, maxLength);
        rules = List.of(new QualifiedHead(names), new JoinedHeads(names), new TypeWord(names),
                new CongressShortName(patterns.get("CONGRESS")));
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        MeetingPage page = new MeetingPage(Page.of(jcas), lexicons);
        List<MeetingSpan> proposed = new ArrayList<>();
        for (Rule<MeetingPage, MeetingSpan> rule : rules) {
            proposed.addAll(rule.propose(page));
        }
        String text = page.text();
        HeldOrCited heldOrCited = new HeldOrCited(page);
        for (MeetingSpan found : Overlaps.resolve(proposed)) {
            String name = text.substring(found.begin(), found.end());
            Meeting meeting = new Meeting(jcas, found.begin(), found.end());
            meeting.setHeld(heldOrCited.held(found.begin(), found.end()));
            if (found.head() == null) { // a congress by its short name: the session from the pattern
                meeting.setMeetingType("PLENARY");
                meeting.setTerm("");
                meeting.setSession(found.session());
                meeting.setMode("");
            } else {
                // …十届九中全会精神专题研讨班: type, term and session are the class's, not those of the meeting it studies
                String own = text.substring(found.ownBegin(), found.end());
                // 县十九届人大常委会召开第二十六次会议: a session named alone is the convening body's, its type and term too
                String convened = bareSession.matcher(own).matches() ? convener(page, found.begin()) + own : own;
                meeting.setMeetingType(type(page, found, convened));
                // …人大三次会议主席团举行第二次会议: the presidium's session has no term of its own
                meeting.setTerm(find(term, kinds.presidium().matcher(convened).find() ? own : convened));
                meeting.setSession(find(session, term.matcher(own).replaceAll("")));
                meeting.setMode(kinds.mode(text, name, found.end()));
            }
            meeting.setRule(found.rule());
            meeting.addToIndexes();
        }
        modeOfReportedMeeting(jcas, text);
    }

    /** 会议以视频形式召开: the mode of every held meeting of that article that has none printed. */
    private void modeOfReportedMeeting(JCas jcas, String text) {
        for (Article article : JCasUtil.select(jcas, Article.class)) {
            Matcher m = heldBy.matcher(text).region(article.getBegin(), article.getEnd());
            if (m.find()) {
                for (Meeting meeting : JCasUtil.selectCovered(Meeting.class, article)) {
                    if (meeting.getHeld() && meeting.getMode().isEmpty() && !RULE_CONGRESS.equals(meeting.getRule())) {
                        meeting.setMode(m.group(1));
                    }
                }
            }
        }
    }






    /**
     * The body that convenes the meeting at {@code begin} in its clause (青山县人大常委会 in
     * 青山县人大常委会召开第二十六次会议), when a HELD_VERB stands right before it; else empty.
     */
    private static String convener(MeetingPage page, int begin) {
        Token verb = page.tokens().endingAt(begin);
        if (verb == null || !MeetingText.is(page.contextHits.entryAt(verb.getBegin()), MeetingContext.HELD_VERB)) {
            return "";
        }
        String text = page.text();
        return text.substring(MeetingText.clauseStart(text, verb.getBegin()), verb.getBegin());
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : "";
    }

    /**
     * The type from the head, or for two meetings joined by 暨, from the first one's head where it
     * has one (市委全会暨经济工作会议: PLENARY); 揭牌暨开业仪式 takes the last head's.
     */
    private String type(MeetingPage page, MeetingSpan found, String name) {
        Lexicon.Entry first = found.joiner() < found.ownBegin() ? null : page.headHits.entryEndingAt(found.joiner());
        if (first != null && MeetingNames.body(first)) {
            first = null; // 县委常委(扩大)会暨…推进会: a body's sitting joined to a meeting takes that meeting's type
        }
        return first != null ? kinds.type(name.substring(0, found.joiner() - found.ownBegin()), first)
                : kinds.type(name, found.head());
    }
}
