package io.github.tifa.person;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.ReadsLexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.lexicon.WordClass.BylineContext;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.PersonContext;
import io.github.tifa.model.Layers;
import io.github.tifa.model.Overlaps;
import io.github.tifa.rules.Rule;
import io.github.tifa.segment.SpanIndex;
import io.github.tifa.type.Article;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;
import io.github.tifa.type.PersonName;

/**
 * Finds person names, from the strongest evidence to the weakest, then every other mention of the
 * same names in the document:
 * <ol>
 * <li>{@code person.contributor}: every name a byline credits;</li>
 * <li>{@code person.after-post}: a surname-initial name right after a post noun (主任钱立新), and the
 * names that follow it in a 、-list (区领导赵德林、吴海峰);</li>
 * <li>{@code person.before-title}: a name right before 总书记, 同志 … (王亚栋同志);</li>
 * <li>{@code person.hanlp}: HanLP's person tags ({@code nr}) that start with a surname and have
 * support: a word that follows names (出席, 在, 表示) or a title after it, a post or an organ before
 * it, or the same name printed again; never right before a word that continues a place or an
 * organisation's name (鲁抗医药, 杨家河公园);</li>
 * <li>{@code person.surname-before-post}: a surname alone before a post (林书记) when the page prints a
 * full name with it;</li>
 * <li>{@code person.same-document}: the names above wherever else they occur, the longest known
 * name winning (赵文和 over HanLP's 赵文).</li>
 * </ol>
 * The length of a name found by context (two or three characters after a one-character surname)
 * is settled by HanLP's tokens and by the words that typically follow a name (出席, 主持, 在, 、).
 */
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", "io.github.tifa.type.Contributor",
                "io.github.tifa.type.Byline", "io.github.tifa.type.Article"},
        outputs = {"de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity", "io.github.tifa.type.PersonName"})
public class PersonAnnotator extends JCasAnnotator_ImplBase {

    /** Post nouns after which a name may follow (posts.txt), a {@link LexiconResource}. */
    public static final String PARAM_POST_LEXICON = "postLexicon";
    @ExternalResource(key = PARAM_POST_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.POSTS)
    private LexiconResource postLexicon;

    /** Surnames, single and compound (surnames.txt). */
    public static final String PARAM_SURNAME_LEXICON = "surnameLexicon";
    @ExternalResource(key = PARAM_SURNAME_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.SURNAMES)
    private LexiconResource surnameLexicon;

    /** Words around names (person_context.txt): AFTER_NAME, FOLLOWER, NOT_NAME, ORGAN_END … */
    public static final String PARAM_CONTEXT_LEXICON = "contextLexicon";
    @ExternalResource(key = PARAM_CONTEXT_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.PERSON_CONTEXT)
    private LexiconResource contextLexicon;

    /** Place names (places.txt): a HanLP guess that is exactly a place (任泽区, 怀远) is not a person. */
    public static final String PARAM_PLACE_LEXICON = "placeLexicon";
    @ExternalResource(key = PARAM_PLACE_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.PLACES)
    private LexiconResource placeLexicon;

    /** Level words (levels.txt): a HanLP guess ending in or running into one (贾宋镇) is a place. */
    public static final String PARAM_LEVEL_LEXICON = "levelLexicon";
    @ExternalResource(key = PARAM_LEVEL_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.LEVELS)
    private LexiconResource levelLexicon;

    /** Dateline kinds (byline_context.txt KIND): a HanLP guess ending in one (任泽讯) is a dateline. */
    public static final String PARAM_BYLINE_CONTEXT_LEXICON = "bylineContextLexicon";
    @ExternalResource(key = PARAM_BYLINE_CONTEXT_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.BYLINE_CONTEXT)
    private LexiconResource bylineContextLexicon;

    /** Numerals (numerals.txt): a HanLP guess after one (二十余人) is a count. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.NUMERALS)
    private LexiconResource numeralLexicon;

    static final String RULE_CONTRIBUTOR = ContributorName.NAME;
    static final String RULE_AFTER_POST = AfterPost.NAME;
    static final String RULE_LIST = AfterPostList.NAME;
    static final String RULE_BEFORE_TITLE = BeforeTitle.NAME;
    static final String RULE_HANLP = HanlpName.NAME;
    static final String RULE_SAME_DOCUMENT = SameDocument.NAME;
    static final String RULE_NAME_LIST = NameList.NAME;
    static final String RULE_SURNAME_BEFORE_POST = SurnameBeforePost.NAME;

    /** The rules of RULES.md's person table that read the page alone, strongest evidence first. */
    private static final List<Rule<PersonPage, PersonSpan>> RULES = List.of(new ContributorName(), new AfterPost(),
            new AfterPostList(), new BeforeTitle(), new HanlpName());
    /** The rules that build on the names found by the others. */
    private static final NameList NAME_LISTS = new NameList();
    private static final SurnameBeforePost SURNAMES_BEFORE_POSTS = new SurnameBeforePost();
    private static final SameDocument SAME_DOCUMENT = new SameDocument();

    private LexiconTrie posts;
    private LexiconTrie surnames;
    private LexiconTrie context;
    private LexiconTrie places;
    /** One-character level words: a name guessed by HanLP that ends in one is a place. */
    private LexiconTrie.CharClass levelChars;
    /** Characters that end an organ's name: a name guessed right before one is part of the organ. */
    private LexiconTrie.CharClass organEnds;
    private LexiconTrie.CharClass datelineKinds;
    private LexiconTrie.CharClass numerals;
    private PersonPage.Lexicons lexicons;

    @Override
    public void initialize(UimaContext ctx) throws ResourceInitializationException {
        super.initialize(ctx);
        posts = LexiconResource.trieOf(postLexicon, LexiconFile.POSTS);
        surnames = LexiconResource.trieOf(surnameLexicon, LexiconFile.SURNAMES);
        context = LexiconResource.trieOf(contextLexicon, LexiconFile.PERSON_CONTEXT);
        places = LexiconResource.trieOf(placeLexicon, LexiconFile.PLACES);
        levelChars = LexiconResource.trieOf(levelLexicon, LexiconFile.LEVELS).chars();
        organEnds = context.chars(PersonContext.ORGAN_END);
        datelineKinds = LexiconResource.trieOf(bylineContextLexicon, LexiconFile.BYLINE_CONTEXT).chars(BylineContext.KIND);
        numerals = LexiconResource.trieOf(numeralLexicon, LexiconFile.NUMERALS).chars(Numeral.NUMERAL);
        lexicons = new PersonPage.Lexicons(posts, surnames, context, places, levelChars, organEnds, datelineKinds, numerals,
                context.chars(PersonContext.PROVINCE_SHORT));
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        PersonPage page = new PersonPage(jcas, lexicons);
        List<PersonSpan> found = new ArrayList<>();
        for (Rule<PersonPage, PersonSpan> rule : RULES) {
            found.addAll(rule.propose(page));
        }
        found.addAll(NAME_LISTS.propose(new PersonSpan.Known(page, found)));
        found.addAll(SURNAMES_BEFORE_POSTS.propose(new PersonSpan.Known(page, found)));
        List<PersonSpan> kept = SAME_DOCUMENT.propose(new PersonSpan.Known(page, Overlaps.resolve(found)));
        SpanIndex<Article> articles = SpanIndex.of(JCasUtil.select(jcas, Article.class));
        if (!articles.isEmpty()) {
            // page furniture (责任编辑 罗晓燕) is not news: names outside every article are left out
            kept.removeIf(c -> articles.covering(c.begin()) == null || articles.covering(c.begin()).getEnd() < c.end());
        }
        for (PersonSpan c : kept) {
            NamedEntity person = new NamedEntity(jcas, c.begin(), c.end());
            person.setValue(Layers.PER);
            person.addToIndexes();
            PersonName why = new PersonName(jcas, c.begin(), c.end());
            why.setRule(c.rule());
            why.setEntity(person);
            why.addToIndexes();
        }
    }
}
