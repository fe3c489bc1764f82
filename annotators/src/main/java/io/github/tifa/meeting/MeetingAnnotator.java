package io.github.tifa.meeting;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
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

    /** Head words with their meetingType (and GENERIC in a third column). */
    public static final String PARAM_HEAD_LEXICON = "headLexicon";
    @ConfigurationParameter(name = PARAM_HEAD_LEXICON, mandatory = false,
            defaultValue = Lexicons.MEETING_HEADS)
    private String headLexicon;

    /** Words around names: LEFT_STOP, DEMONSTRATIVE, CITE_BEFORE, CITE_AFTER. */
    public static final String PARAM_CONTEXT_LEXICON = "contextLexicon";
    @ConfigurationParameter(name = PARAM_CONTEXT_LEXICON, mandatory = false,
            defaultValue = Lexicons.MEETING_CONTEXT)
    private String contextLexicon;

    /** Level words (县, 市 …): after 和/与/及 they start a new noun phrase. */
    public static final String PARAM_LEVEL_LEXICON = "levelLexicon";
    @ConfigurationParameter(name = PARAM_LEVEL_LEXICON, mandatory = false,
            defaultValue = Lexicons.LEVELS)
    private String levelLexicon;

    /** Longest name, in characters. */
    public static final String PARAM_MAX_LENGTH = "maxLength";
    @ConfigurationParameter(name = PARAM_MAX_LENGTH, mandatory = false, defaultValue = "40")
    private int maxLength;

    /** The meetingType values (ANNOTATION-SCHEME.md): type, description; the heads may use only these. */
    public static final String PARAM_TYPE_LEXICON = "typeLexicon";
    @ConfigurationParameter(name = PARAM_TYPE_LEXICON, mandatory = false, defaultValue = Lexicons.MEETING_TYPES)
    private String typeLexicon;

    static final String RULE_HEAD = "meeting.qualified-head";
    static final String RULE_JOINED = "meeting.joined-heads";
    static final String RULE_TYPE_WORD = "meeting.type-word";
    static final String RULE_CONGRESS = "meeting.congress-short-name";

    private static final String STOP_CHARS = "，,。．！？!?；;：:、（）()《》【】\n";
    private static final Pattern TERM = Pattern.compile("[一二三四五六七八九十百〇零\\d]+届");
    private static final Pattern SESSION = Pattern.compile("第?[一二三四五六七八九十百〇零\\d]+(?:次|中)");
    /** A party congress by its short name: 党的二十大, 党的十九大. */
    private static final Pattern CONGRESS = Pattern.compile("党的([一二三四五六七八九十]+)大(?![会学])");
    /** How the meeting an article reports was held: 会议以视频形式召开. */
    private static final Pattern HELD_BY = Pattern.compile("以(视频|电视电话|现场\\+视频)(?:会议)?(?:形式|方式)(?:召开|举行)");
    /** What follows a congress's head when the name is one of its sessions: …代表大会第三次会议. */
    private static final Pattern SESSION_OF = Pattern.compile("第[一二三四五六七八九十百〇零\\d]+次");
    private static final Pattern PARTY_ORGAN = Pattern.compile(
            "(?:常委会|党委|党工委|党组)(?:（扩大）)?(?:第?[一二三四五六七八九十百〇零\\d]+次)?(?:（扩大）)?会议$");

    private LexiconTrie heads;
    private LexiconTrie context;
    private LexiconTrie levels;

    @Override
    public void initialize(UimaContext ctx) throws ResourceInitializationException {
        super.initialize(ctx);
        heads = LexiconTrie.load(headLexicon, 2);
        context = LexiconTrie.load(contextLexicon, 2);
        levels = LexiconTrie.load(levelLexicon, 2);
        List<String> types = LexiconTrie.load(typeLexicon, 1).lexicon().entries().stream().map(Lexicon.Entry::key).toList();
        for (Lexicon.Entry e : heads.lexicon().entries()) {
            if (!types.contains(e.column(0))) {
                throw new ResourceInitializationException(new IllegalArgumentException(String.format(
                        "%s line %d: second column must be a meetingType of meeting_types.txt (%s), got '%s'",
                        heads.lexicon().name(), e.line(), String.join(", ", types), e.column(0))));
            }
        }
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
        boolean[] headEnd = new boolean[n + 1];
        for (int end = 1; end <= n; end++) {
            headEnd[end] = headHits.beginAt(end) >= 0 && !continues(text, end)
                    && !cutsAWord(tokens.covering(end - 1), headHits.beginAt(end), end, text);
        }
        int limit = n + 1; // names found so far lie right of this
        for (int end = n; end > 0; end--) {
            if (!headEnd[end] || end > limit) {
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
            boolean generic = "GENERIC".equals(head.column(1));
            if (generic && (begin >= headBegin - 1 || objectOfAVerb(tokens, headBegin))) {
                continue; // 会议, 这次会议, 开好会议, 一次重要会议: no name, only the word
            }
            if (begin == headBegin && end < n && text.charAt(end) == '了') {
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
            meeting.setTerm(find(TERM, name));
            meeting.setSession(find(SESSION, name.replaceAll("[一二三四五六七八九十百〇零\\d]+届", "")));
            meeting.setMode(mode(text, name, end));
            meeting.setRule(name.contains("暨") ? RULE_JOINED : begin == headBegin ? RULE_TYPE_WORD : RULE_HEAD);
            meeting.addToIndexes();
            limit = begin;
        }
        modeOfReportedMeeting(jcas, text);
        Matcher congress = CONGRESS.matcher(text);
        while (congress.find()) {
            Meeting meeting = new Meeting(jcas, congress.start(), congress.end());
            meeting.setMeetingType("PLENARY");
            meeting.setHeld(held(text, congress.start(), congress.end(), contextHits, tokens));
            meeting.setTerm("");
            meeting.setSession(congress.group(1));
            meeting.setMode("");
            meeting.setRule(RULE_CONGRESS);
            meeting.addToIndexes();
        }
    }

    /**
     * The head ends inside a word that starts inside it (调度会商: 会商), so it is no head; 会上, 会后
     * and HanLP's mistaken names (续会并) do not count.
     */
    private static boolean cutsAWord(Token last, int headBegin, int end, String text) {
        if (last == null || last.getEnd() == end || last.getBegin() < headBegin) {
            return false;
        }
        return !TokenIndex.isPerson(last) && !(last.getEnd() == end + 1 && "上后前中".indexOf(text.charAt(end)) >= 0);
    }

    /** The head is the start of a longer word (会议室, 会议纪要), not the end of a name. */
    private static boolean continues(String text, int end) {
        return end < text.length() && ("室厅纪要桌".indexOf(text.charAt(end)) >= 0
                // 人民代表大会常务委员会 is an organ, 人民代表大会代表 a deputy: no meeting ends there
                || text.startsWith("常务委员会", end) || text.startsWith("常委会", end)
                || text.startsWith("大会代表", end - 2) && !text.startsWith("代表大会", end));
    }

    private int leftEdge(String text, int headBegin, LexiconTrie.Matches contextHits, LexiconTrie.Matches levelHits,
            TokenIndex tokens, boolean[] headEnd) {
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
            if ("和与及".indexOf(c) >= 0 && levelHits.endAt(cur) > 0) {
                break; // 营商环境和县九届人大三次会议: 和 joins two objects; HanLP reads 和县
            }
            if (headEnd[cur] && c != '暨' && !text.startsWith("暨", cur) && !SESSION_OF.matcher(text).region(cur, headBegin).matches()) {
                break; // another meeting's head: not joined by 暨, nor the congress whose session this is
            }
            Lexicon.Entry demonstrative = contextHits.entryEndingAt(cur);
            if (demonstrative != null && demonstrative.column(0).contains("DEMONSTRATIVE")) {
                break; // 以此次…仪式: HanLP reads 以此|次, but 此次 still refers back
            }
            Token t = tokens.endingAt(cur);
            if (t != null) {
                Lexicon.Entry e = contextEntry(contextHits, t, text);
                boolean stop = e != null && (e.column(0).contains("LEFT_STOP") || e.column(0).contains("DEMONSTRATIVE"));
                // 春季田间管理暨春耕备播等…工作会议: 等 closes the first part of a name joined by 暨
                if (stop && !("等".equals(t.getCoveredText()) && joinedBefore(text, t.getBegin()))) {
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
    private static void modeOfReportedMeeting(JCas jcas, String text) {
        for (Article article : JCasUtil.select(jcas, Article.class)) {
            Matcher m = HELD_BY.matcher(text).region(article.getBegin(), article.getEnd());
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

    /** 党的二十届三中全会, 党的十八届六中全会: 党的 belongs to a numbered party congress or plenum. */
    private static int withPartyPrefix(String text, int begin) {
        return begin >= 2 && text.startsWith("党的", begin - 2)
                && text.substring(begin, Math.min(text.length(), begin + 4)).matches("[一二三四五六七八九十]+[届大].*") ? begin - 2 : begin;
    }

    /** The ordinal X中 (of 三中全会) ends at {@code end}. */
    private static boolean ordinalBefore(String text, int end) {
        return end >= 2 && text.charAt(end - 1) == '中' && "一二三四五六七八九十".indexOf(text.charAt(end - 2)) >= 0;
    }

    private static int sharedOrdinalEnd(String text, int from) {
        int p = from;
        while (p < text.length() && "一二三四五六七八九十".indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        return p < text.length() && text.charAt(p) == '中' ? p + 1 : -1;
    }

    private static int sharedOrdinalStart(String text, int end) {
        int p = end - 1;
        while (p > 0 && "一二三四五六七八九十".indexOf(text.charAt(p - 1)) >= 0) {
            p--;
        }
        return p;
    }

    private static boolean isScope(Lexicon.Entry e) {
        return e != null && e.column(0).contains("SCOPE");
    }

    /** A 暨 stands between {@code pos} and the start of its clause. */
    private static boolean joinedBefore(String text, int pos) {
        for (int i = pos - 1; i >= 0 && STOP_CHARS.indexOf(text.charAt(i)) < 0; i--) {
            if (text.charAt(i) == '暨') {
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
                return i + 1 < close && i > 0 && Character.UnicodeScript.of(text.charAt(i - 1))
                        == Character.UnicodeScript.HAN ? i : -1;
            }
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
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
        if (!"GENERIC".equals(head.column(1))) {
            return head.column(0);
        }
        // the mode is printed inside the head: …工作视频会议 is a 工作会议 held by video
        String unmoded = name.replace("电视电话", "").replace("视频", "");
        if (!unmoded.equals(name)) {
            LexiconTrie.Matches m = heads.match(unmoded);
            Lexicon.Entry inner = m.entryEndingAt(unmoded.length());
            if (inner != null && !"GENERIC".equals(inner.column(1))) {
                return inner.column(0);
            }
        }
        if (PARTY_ORGAN.matcher(name).find()) {
            return "PARTY_COMMITTEE";
        }
        if (TERM.matcher(name).find() && name.matches(".*[一二三四五六七八九十百〇零\\d]+次会议$")) {
            return "PLENARY";
        }
        return head.column(0);
    }

    private static boolean held(String text, int begin, int end, LexiconTrie.Matches contextHits,
            TokenIndex tokens) {
        int after = contextHits.endAt(end);
        if (after > 0 && contextHits.entryAt(end).column(0).contains("CITE_AFTER")) {
            return false;
        }
        Token before = tokens.endingAt(begin);
        if (before != null) {
            Lexicon.Entry e = contextEntry(contextHits, before, text);
            return e == null || !e.column(0).contains("CITE_BEFORE");
        }
        return true;
    }

    private static String mode(String text, String name, int end) {
        if (name.contains("电视电话")) {
            return "电视电话";
        }
        if (name.contains("视频")) {
            return "视频";
        }
        String next = text.substring(end, Math.min(text.length(), end + 12));
        int stop = next.indexOf('。');
        if (stop >= 0) {
            next = next.substring(0, stop);
        }
        return next.contains("电视电话") ? "电视电话" : next.contains("视频") ? "视频" : "";
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : "";
    }
}
