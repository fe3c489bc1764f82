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
import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.lexicon.WordClass.Level;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.Organ;
import io.github.tifa.lexicon.WordClass.Post;
import io.github.tifa.lexicon.WordClass.TitleContext;
import io.github.tifa.model.Layers;
import io.github.tifa.model.Punctuation;
import io.github.tifa.reflow.Han;
import io.github.tifa.segment.SpanIndex;
import io.github.tifa.segment.TokenIndex;
import io.github.tifa.type.HolderLink;
import io.github.tifa.type.OfficialTitle;

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


    private LexiconTrie posts;
    private LexiconTrie organs;
    private LexiconTrie levels;
    private LexiconTrie places;
    private LexiconTrie contextWords;
    private TitleLookup.Shapes shapes;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        posts = LexiconResource.trieOf(postLexicon, Lexicons.POSTS);
        organs = LexiconResource.trieOf(organLexicon, Lexicons.ORGANS);
        levels = LexiconResource.trieOf(levelLexicon, Lexicons.LEVELS);
        places = LexiconResource.trieOf(placeLexicon, Lexicons.PLACES);
        contextWords = LexiconResource.trieOf(contextLexicon, Lexicons.TITLE_CONTEXT);
        shapes = new TitleLookup.Shapes(contextWords.chars(TitleContext.ORGAN_END), levels.chars(), contextWords.chars(TitleContext.CLAUSE_LINK),
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
        LexiconTrie.Matches organHits = organs.lazy(text); // consulted only around posts
        SpanIndex<NamedEntity> persons = SpanIndex.of(Layers.persons(jcas));
        TitleLookup lookup = new TitleLookup(text, organHits, levels.lazy(text), places.lazy(text), contextWords.lazy(text), persons,
                shapes);
        List<OfficialTitle> titles = new ArrayList<>();
        for (Found f : candidates(text, posts.match(text), TokenIndex.of(jcas), lookup)) {
            OfficialTitle title = new OfficialTitle(jcas, f.begin, f.end);
            title.setPost(f.post);
            title.setOrganization(text.substring(f.begin, f.postBegin));
            title.setRule(f.rule);
            titles.add(title);
        }
        List<List<NamedEntity>> holders = holders(text, titles, lookup);
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

    /** Every post of the page that a rule takes for a title, with its organisation and rule, left to right. */
    private List<Found> candidates(String text, LexiconTrie.Matches postHits, TokenIndex tokens, TitleLookup lookup) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int postEnd = postHits.endAt(i);
            if (postEnd < 0 || lookup.organHits().endAt(i) > postEnd || !wordAligned(tokens, i, postEnd)
                    || lookup.has(postEnd, TitleContext.COLLECTIVE_AFTER)) {
                continue; // no post, or part of a longer organ (常委会), word (城市长远) or collective (常委班子)
            }
            int begin = lookup.extendLeft(i);
            String rule = rule(text, postHits.entryAt(i), begin, i, postEnd, lookup);
            if (rule == null || countedBefore(text, begin, shapes)) {
                continue; // 20名优秀村党组织书记: a category of people, not a post someone holds
            }
            found.add(new Found(begin, i, postEnd, text.substring(i, postEnd), rule));
            i = postEnd - 1;
        }
        return found;
    }

    /** The rule that takes the post {@code [i, postEnd)} with its organisation from {@code begin} as a title, or null. */
    private static String rule(String text, Lexicon.Entry post, int begin, int i, int postEnd, TitleLookup lookup) {
        SpanIndex<NamedEntity> persons = lookup.persons();
        if (post.is(Post.LEVEL)) {
            if (lookup.has(i - 1, TitleContext.GRADE) && persons.startingAt(postEnd) == null) {
                return null; // 建立区级领导联系企业制度: a rank of leaders; 县级领导张三 names one
            }
            if (lookup.levelHits().beginAt(i) < 0 && lookup.placeHits().beginAt(i) < 0
                    && (begin == i || lookup.organHits().beginAt(i) < 0)) {
                return null; // 与会领导, 各级领导: not a title
            }
            return RULE_LEVEL_LEADER;
        } else if (begin < i) {
            return RULE_ORGAN_POST;
        } else if (i == 0 || Punctuation.STANDALONE_BEFORE.has(text.charAt(i - 1)) || persons.startingAt(postEnd) != null
                || lookup.has(postEnd, TitleContext.COPULA) && persons.startingAt(postEnd + 1) != null
                || persons.endingAt(i) != null || lookup.endsWith(i, TitleContext.FORMER)) {
            return RULE_BARE_POST;
        }
        return null;
    }

    /**
     * Who holds each title: the names right after it (a 、-list of them), or passed back along a
     * 、-chain of titles, else the name right before it, else the names before 为 (选举张三为…).
     * Right to left, so that a chain passes its holder back to its earlier titles.
     */
    private List<List<NamedEntity>> holders(String text, List<OfficialTitle> titles, TitleLookup lookup) {
        SpanIndex<NamedEntity> persons = lookup.persons();
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
            if (h.isEmpty()) {
                h.addAll(namesBeforeWei(text, t.getBegin(), persons));
            }
        }
        return holders;
    }

    /** 选举吴祖德、唐林慧为区人大常委会副主任: the names before 为 hold the title at {@code begin}. */
    private List<NamedEntity> namesBeforeWei(String text, int begin, SpanIndex<NamedEntity> persons) {
        List<NamedEntity> names = new ArrayList<>();
        if (begin > 0 && shapes.holderBefore().has(text.charAt(begin - 1)) && persons.endingAt(begin - 1) != null) {
            NamedEntity before = persons.endingAt(begin - 1);
            names.add(0, before);
            while (before.getBegin() > 1 && text.charAt(before.getBegin() - 1) == '、'
                    && persons.endingAt(before.getBegin() - 1) != null) {
                before = persons.endingAt(before.getBegin() - 1);
                names.add(0, before);
            }
        }
        return names;
    }


    /** A count (20名, 三位: a numeral and a MEASURE) shortly before the title, with only words between. */
    private static boolean countedBefore(String text, int begin, TitleLookup.Shapes shapes) {
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
