package io.github.tifa.title;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.ReadsLexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.TitleContext;
import io.github.tifa.model.Layers;
import io.github.tifa.model.Overlaps;
import io.github.tifa.rules.Page;
import io.github.tifa.segment.SpanIndex;
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
    @ReadsLexicon(LexiconFile.POSTS)
    private LexiconResource postLexicon;

    /** Organ heads (organs.txt): organ, class ({@code AFTER_LEVEL}: only right after a level or place, 市委). */
    public static final String PARAM_ORGAN_LEXICON = "organLexicon";
    @ExternalResource(key = PARAM_ORGAN_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.ORGANS)
    private LexiconResource organLexicon;

    /** Level markers (levels.txt): 省, 市, 县, 区, 镇, 街道, 高新区 …. */
    public static final String PARAM_LEVEL_LEXICON = "levelLexicon";
    @ExternalResource(key = PARAM_LEVEL_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.LEVELS)
    private LexiconResource levelLexicon;

    /** Place names and their short forms (places.txt). */
    public static final String PARAM_PLACE_LEXICON = "placeLexicon";
    @ExternalResource(key = PARAM_PLACE_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.PLACES)
    private LexiconResource placeLexicon;

    /** Words around titles (title_context.txt): COLLECTIVE_AFTER (班子), ORGAN_SUFFIX (…局), FORMER (原) …. */
    public static final String PARAM_CONTEXT_LEXICON = "contextLexicon";
    @ExternalResource(key = PARAM_CONTEXT_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.TITLE_CONTEXT)
    private LexiconResource contextLexicon;

    /** Numerals (numerals.txt): a count before a post (20名村党组织书记) makes it a category. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.NUMERALS)
    private LexiconResource numeralLexicon;

    static final String RULE_ORGAN_POST = OrganPost.NAME;
    static final String RULE_BARE_POST = BarePost.NAME;
    static final String RULE_LEVEL_LEADER = LevelLeader.NAME;
    static final String HOLDER = "holder";


    /** The rules of RULES.md's title table; of overlapping readings the longer wins. */
    private static final List<TitleRule> RULES = List.of(new OrganPost(), new BarePost(), new LevelLeader());

    private TitlePage.Lexicons lexicons;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        LexiconTrie levels = LexiconResource.trieOf(levelLexicon, LexiconFile.LEVELS);
        LexiconTrie contextWords = LexiconResource.trieOf(contextLexicon, LexiconFile.TITLE_CONTEXT);
        TitleLookup.Shapes shapes = new TitleLookup.Shapes(contextWords.chars(TitleContext.ORGAN_END), contextWords.chars(TitleContext.SHORT_ORGAN_END), levels.chars(),
                contextWords.chars(TitleContext.CLAUSE_LINK), contextWords.chars(TitleContext.MEASURE),
                LexiconResource.trieOf(numeralLexicon, LexiconFile.NUMERALS).chars(Numeral.NUMERAL),
                contextWords.chars(TitleContext.HOLDER_BEFORE));
        lexicons = new TitlePage.Lexicons(LexiconResource.trieOf(postLexicon, LexiconFile.POSTS),
                LexiconResource.trieOf(organLexicon, LexiconFile.ORGANS), levels,
                LexiconResource.trieOf(placeLexicon, LexiconFile.PLACES), contextWords, shapes);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        TitlePage page = new TitlePage(Page.of(jcas), SpanIndex.of(Layers.persons(jcas)), lexicons, RULES);
        List<TitleSpan> proposed = new ArrayList<>();
        for (TitleRule rule : RULES) {
            proposed.addAll(rule.propose(page));
        }
        String text = page.text();
        List<OfficialTitle> titles = new ArrayList<>();
        for (TitleSpan f : Overlaps.resolve(proposed)) {
            OfficialTitle title = new OfficialTitle(jcas, f.begin(), f.end());
            title.setPost(text.substring(f.postBegin(), f.end()));
            title.setOrganization(text.substring(f.begin(), f.postBegin()));
            title.setRule(f.rule());
            titles.add(title);
        }
        List<List<NamedEntity>> holders = TitleHolders.of(text, titles, page.lookup);
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
}
