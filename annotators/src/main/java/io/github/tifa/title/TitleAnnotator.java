package io.github.tifa.title;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.model.Layers;
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.reflow.Han;
import io.github.tifa.segment.SpanIndex;
import io.github.tifa.segment.TokenIndex;
import io.github.tifa.type.HolderLink;
import io.github.tifa.type.OfficialTitle;
import io.github.tifa.lexicon.WordClass;
import io.github.tifa.lexicon.WordClass.Level;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.Organ;
import io.github.tifa.lexicon.WordClass.Post;
import io.github.tifa.lexicon.WordClass.TitleContext;

/**
 * Finds official titles, one per post, and links them to their holders. A title is
 * [level | place | organ | （organ alternative）]* post, read leftwards from a post noun for as long
 * as lexicon words continue, so the left edge is always a level, place or organ word (省委常委 in
 * …领会省委常委…). A post with nothing before it counts only where a title can stand alone: after
 * punctuation, or next to a holder. Holders: the person right after the title, and the persons of
 * a 、-list after it (区领导赵德林、吴海峰); every title of a 、-chain shares the holder at its end
 * (区党工委书记、管委会主任钱立新); a title with no holder after it takes the person right before it
 * (习近平总书记).
 */
@TypeCapability(inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"}, outputs = {"io.github.tifa.type.OfficialTitle",
                "io.github.tifa.type.HolderLink"})
public class TitleAnnotator extends JCasAnnotator_ImplBase {

    /** Post nouns (posts.txt): post, class ({@code LEVEL}: only right after a level or place, 区领导). */
    public static final String PARAM_POST_LEXICON = "postLexicon";
    @ExternalResource(key = PARAM_POST_LEXICON, mandatory = false)
    private LexiconResource postLexicon;

    /** Organ heads (organs.txt): organ, class ({@code AFTER_LEVEL}: only right after a level or place, 市委). */
    public static final String PARAM_ORGAN_LEXICON = "organLexicon";
    @ExternalResource(key = PARAM_ORGAN_LEXICON, mandatory = false)
    private LexiconResource organLexicon;

    /** Level markers (levels.txt): 省, 市, 县, 区, 镇, 街道, 高新区 …. */
    public static final String PARAM_LEVEL_LEXICON = "levelLexicon";
    @ExternalResource(key = PARAM_LEVEL_LEXICON, mandatory = false)
    private LexiconResource levelLexicon;

    /** Place names and their short forms (places.txt). */
    public static final String PARAM_PLACE_LEXICON = "placeLexicon";
    @ExternalResource(key = PARAM_PLACE_LEXICON, mandatory = false)
    private LexiconResource placeLexicon;

    /** Words around titles (title_context.txt): COLLECTIVE_AFTER (班子), ORGAN_SUFFIX (…局), FORMER (原) …. */
    public static final String PARAM_CONTEXT_LEXICON = "contextLexicon";
    @ExternalResource(key = PARAM_CONTEXT_LEXICON, mandatory = false)
    private LexiconResource contextLexicon;

    /** Numerals (numerals.txt): a count before a post (20名村党组织书记) makes it a category. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    private LexiconResource numeralLexicon;

    static final String RULE_ORGAN_POST = "title.organ-post";
    static final String RULE_BARE_POST = "title.bare-post";
    static final String RULE_LEVEL_LEADER = "title.level-leader";
    static final String HOLDER = "holder";

    /** Longest organ alternative in brackets, in characters: 组织部（人力资源部）. */
    private static final int MAX_ALTERNATIVE = 12;
    private static final String STANDALONE_BEFORE = "、，,；;：:。（(\n“";
    /** Longest organ name known only by its suffix, in characters. */
    private static final int MAX_ORGAN_NAME = 16;

    private LexiconTrie posts;
    private LexiconTrie organs;
    private LexiconTrie levels;
    private LexiconTrie places;
    private LexiconTrie contextWords;
    private Shapes shapes;

    /** The one-character word classes the rules test character by character. */
    private record Shapes(LexiconTrie.CharClass organEnds, LexiconTrie.CharClass levelChars,
            LexiconTrie.CharClass clauseLinks, LexiconTrie.CharClass measures, LexiconTrie.CharClass numerals,
            LexiconTrie.CharClass holderBefore) {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        posts = LexiconResource.trieOf(postLexicon, Lexicons.POSTS);
        organs = LexiconResource.trieOf(organLexicon, Lexicons.ORGANS);
        levels = LexiconResource.trieOf(levelLexicon, Lexicons.LEVELS);
        places = LexiconResource.trieOf(placeLexicon, Lexicons.PLACES);
        contextWords = LexiconResource.trieOf(contextLexicon, Lexicons.TITLE_CONTEXT);
        shapes = new Shapes(contextWords.chars(TitleContext.ORGAN_END), levels.chars(), contextWords.chars(TitleContext.CLAUSE_LINK),
                contextWords.chars(TitleContext.MEASURE), LexiconResource.trieOf(numeralLexicon, Lexicons.NUMERALS).chars(Numeral.NUMERAL),
                contextWords.chars(TitleContext.HOLDER_BEFORE));
    }

    private record Found(int begin, int postBegin, int end, String post, String rule) {
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        LexiconTrie.Matches postHits = posts.match(text);
        LexiconTrie.Matches organHits = organs.lazy(text); // consulted only around posts
        LexiconTrie.Matches levelHits = levels.lazy(text);
        LexiconTrie.Matches placeHits = places.lazy(text);
        LexiconTrie.Matches contextHits = contextWords.lazy(text);
        TokenIndex tokens = TokenIndex.of(jcas);
        SpanIndex<NamedEntity> persons = SpanIndex.of(Layers.persons(jcas));

        Lookup lookup = new Lookup(text, organHits, levelHits, placeHits, contextHits, persons, shapes);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int postEnd = postHits.endAt(i);
            if (postEnd < 0 || organHits.endAt(i) > postEnd || !wordAligned(tokens, i, postEnd)
                    || lookup.has(postEnd, TitleContext.COLLECTIVE_AFTER)) {
                continue; // no post, or part of a longer organ (常委会), word (城市长远) or collective (常委班子)
            }
            Lexicon.Entry post = postHits.entryAt(i);
            int begin = lookup.extendLeft(i);
            boolean levelLeader = post.is(Post.LEVEL);
            String rule;
            if (levelLeader) {
                if (lookup.has(i - 1, TitleContext.GRADE) && persons.startingAt(postEnd) == null) {
                    continue; // 建立区级领导联系企业制度: a rank of leaders; 县级领导张三 names one
                }
                if (levelHits.beginAt(i) < 0 && placeHits.beginAt(i) < 0 && (begin == i || organHits.beginAt(i) < 0)) {
                    continue; // 与会领导, 各级领导: not a title
                }
                rule = RULE_LEVEL_LEADER;
            } else if (begin < i) {
                rule = RULE_ORGAN_POST;
            } else if (i == 0 || STANDALONE_BEFORE.indexOf(text.charAt(i - 1)) >= 0 || persons.startingAt(postEnd) != null
                    || lookup.has(postEnd, TitleContext.COPULA) && persons.startingAt(postEnd + 1) != null
                    || persons.endingAt(i) != null || lookup.endsWith(i, TitleContext.FORMER)) {
                rule = RULE_BARE_POST;
            } else {
                continue;
            }
            if (countedBefore(text, begin, shapes)) {
                continue; // 20名优秀村党组织书记: a category of people, not a post someone holds
            }
            found.add(new Found(begin, i, postEnd, text.substring(i, postEnd), rule));
            i = postEnd - 1;
        }

        List<OfficialTitle> titles = new ArrayList<>();
        for (Found f : found) {
            OfficialTitle title = new OfficialTitle(jcas, f.begin, f.end);
            title.setPost(f.post);
            title.setOrganization(text.substring(f.begin, f.postBegin));
            title.setRule(f.rule);
            titles.add(title);
        }
        // holders, right to left so that a 、-chain passes its holder back to its earlier titles
        List<List<NamedEntity>> holders = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            holders.add(new ArrayList<>());
        }
        for (int k = titles.size() - 1; k >= 0; k--) {
            OfficialTitle t = titles.get(k);
            int end = t.getEnd();
            List<NamedEntity> h = holders.get(k);
            NamedEntity next = persons.startingAt(end);
            if (next == null && lookup.has(end, TitleContext.HOLDER_AFTER)) {
                next = persons.startingAt(end + 1); // 时任县委书记的卢廷杰, 执行主席是张凡、郑国平
            }
            if (next != null) {
                h.add(next);
                while (next.getEnd() < text.length() && text.charAt(next.getEnd()) == '、'
                        && persons.startingAt(next.getEnd() + 1) != null) {
                    next = persons.startingAt(next.getEnd() + 1);
                    h.add(next);
                }
            } else if (end < text.length() && text.charAt(end) == '、' && k + 1 < titles.size()
                    && titles.get(k + 1).getBegin() == end + 1) {
                h.addAll(holders.get(k + 1));
            }
            if (h.isEmpty() && persons.endingAt(t.getBegin()) != null) {
                h.add(persons.endingAt(t.getBegin()));
            }
            if (h.isEmpty() && t.getBegin() > 0 && shapes.holderBefore().has(text.charAt(t.getBegin() - 1))
                    && persons.endingAt(t.getBegin() - 1) != null) {
                // 选举吴祖德、唐林慧为区人大常委会副主任: the names before 为 hold the title
                NamedEntity before = persons.endingAt(t.getBegin() - 1);
                h.add(0, before);
                while (before.getBegin() > 1 && text.charAt(before.getBegin() - 1) == '、'
                        && persons.endingAt(before.getBegin() - 1) != null) {
                    before = persons.endingAt(before.getBegin() - 1);
                    h.add(0, before);
                }
            }
        }
        for (int k = 0; k < titles.size(); k++) {
            OfficialTitle t = titles.get(k);
            List<NamedEntity> h = holders.get(k);
            HolderLink[] links = new HolderLink[h.size()];
            for (int j = 0; j < h.size(); j++) {
                links[j] = new HolderLink(jcas);
                links[j].setRole(HOLDER);
                links[j].setTarget(h.get(j));
            }
            t.setHolders(FSArray.create(jcas, links));
            t.addToIndexes();
        }
    }

    /** The lexicon matches of one text, and the leftward reading of a title. */
    private record Lookup(String text, LexiconTrie.Matches organHits, LexiconTrie.Matches levelHits,
            LexiconTrie.Matches placeHits, LexiconTrie.Matches contextHits, SpanIndex<NamedEntity> persons, Shapes shapes) {

        /** The longest context word at {@code pos} has the class {@code cls}. */
        boolean has(int pos, WordClass cls) {
            Lexicon.Entry e = pos < 0 ? null : contextHits.entryAt(pos);
            return e != null && e.is(cls);
        }

        /** The longest context word ending at {@code end} has the class {@code cls}. */
        boolean endsWith(int end, WordClass cls) {
            Lexicon.Entry e = end <= 0 ? null : contextHits.entryEndingAt(end);
            return e != null && e.is(cls);
        }

        boolean han(int pos) {
            return pos >= 0 && pos < text.length()
                    && Han.at(text, pos);
        }

        /** Begin of a level or place word ending at {@code end}, or -1. */
        int levelOrPlace(int end) {
            int level = levelHits.beginAt(end);
            int place = placeHits.beginAt(end);
            return level < 0 ? place : place < 0 ? level : Math.min(level, place);
        }

        /**
         * Leftwards from the post over organ, level and place words, organ names known by their
         * suffix (市老区建设促进会), a township's name before 镇/乡/村 (贾宋镇), and bracketed
         * alternatives (组织部（人力资源部）, 县（市、区）). Never into a person's name.
         */
        int extendLeft(int postBegin) {
            int cur = postBegin;
            while (cur > 0 && persons.covering(cur - 1) == null) { // a name is never part of a title (周建平书记)
                char before = text.charAt(cur - 1);
                if (before == '）' || before == ')') {
                    int open = alternativeOpen(cur - 1);
                    if (open > 0 && (organHits.beginAt(open) >= 0 || levelOrPlace(open) >= 0 || suffixOrgan(open) >= 0)) {
                        cur = open;
                        continue;
                    }
                    break;
                }
                int best = -1;
                int organ = organHits.beginAt(cur);
                if (organ >= 0) {
                    Lexicon.Entry e = organHits.entryEndingAt(cur);
                    if (!e.is(Organ.AFTER_LEVEL) || levelOrPlace(organ) >= 0) {
                        best = organ;
                    }
                }
                int lp = levelOrPlace(cur);
                if (lp >= 0 && (best < 0 || lp < best)) {
                    best = lp;
                    best = townName(cur, best);
                }
                int named = suffixOrgan(cur);
                if (named >= 0 && (best < 0 || named < best)) {
                    best = named; // 贾宋镇惠丰种植专业合作社, 河北聚合新材料科技有限公司
                }
                if (best < 0) {
                    break;
                }
                cur = best;
            }
            return cur;
        }

        /** 贾宋镇: the two or three characters naming a township or village before its level word. */
        private int townName(int end, int levelBegin) {
            Lexicon.Entry level = levelHits.entryEndingAt(end);
            if (level == null || levelHits.beginAt(end) != levelBegin
                    || !(level.is(Level.TOWNSHIP) || level.is(Level.VILLAGE))) {
                return levelBegin;
            }
            for (int length = 3; length >= 2; length--) {
                int b = levelBegin - length;
                boolean allHan = true;
                for (int i = b; i < levelBegin && allHan; i++) {
                    allHan = han(i) && !shapes.measures().has(text.charAt(i)) && !shapes.clauseLinks().has(text.charAt(i));
                }
                if (b >= 0 && allHan && (!han(b - 1) || levelOrPlace(b) >= 0 || organHits.beginAt(b) >= 0)) {
                    return b;
                }
            }
            return levelBegin;
        }

        /**
         * An organ not in the lexicon but known by its suffix (…审批局, …促进会, …合作社): it reaches
         * left to the first level or place word of the same run of Han characters. -1 when none.
         */
        private int suffixOrgan(int end) {
            boolean suffix = false;
            for (int length = 1; length <= 3 && !suffix; length++) {
                Lexicon.Entry e = contextHits.entryAt(end - length);
                suffix = e != null && contextHits.endAt(end - length) == end && e.is(TitleContext.ORGAN_SUFFIX);
            }
            if (!suffix) {
                return -1;
            }
            int leftmost = -1;
            int leftmostEnd = -1;
            for (int b = end - 2; b >= Math.max(0, end - MAX_ORGAN_NAME) && han(b) && persons.covering(b) == null
                    && !shapes.clauseLinks().has(text.charAt(b)); b--) {
                int lp = levelOrPlace(b + 1);
                if (lp >= 0 && lp <= b) {
                    leftmost = lp;
                    leftmostEnd = b + 1;
                }
            }
            return leftmost < 0 ? -1 : townName(leftmostEnd, leftmost);
        }

        /** The opening bracket of an alternative closed at {@code close}: （人力资源部）, （市、区）. */
        private int alternativeOpen(int close) {
            for (int i = close - 1; i >= Math.max(0, close - MAX_ALTERNATIVE); i--) {
                char c = text.charAt(i);
                if (c == '（' || c == '(') {
                    char last = text.charAt(close - 1);
                    return i + 1 < close && (shapes.organEnds().has(last) || shapes.levelChars().has(last))
                            ? i : -1;
                }
                if (!han(i) && c != '、') {
                    return -1;
                }
            }
            return -1;
        }
    }

    /** A count (20名, 三位: a numeral and a MEASURE) shortly before the title, with only words between. */
    private static boolean countedBefore(String text, int begin, Shapes shapes) {
        for (int i = begin - 1; i >= Math.max(0, begin - 8); i--) {
            char c = text.charAt(i);
            if (shapes.measures().has(c) && i > 0 && (Character.isDigit(text.charAt(i - 1))
                    || shapes.numerals().has(text.charAt(i - 1)))) {
                return true;
            }
            if (!Han.at(text, i)) {
                return false;
            }
        }
        return false;
    }

    /** The post starts and ends where HanLP's words do, or inside one word that ends with it (党委书记). */
    private static boolean wordAligned(TokenIndex tokens, int begin, int end) {
        Token first = tokens.covering(begin);
        Token last = tokens.covering(end - 1);
        boolean startOk = first == null || first.getBegin() == begin || first.getEnd() == end;
        boolean endOk = last == null || last.getEnd() == end || TokenIndex.isPerson(last);
        return startOk && endOk;
    }
}
