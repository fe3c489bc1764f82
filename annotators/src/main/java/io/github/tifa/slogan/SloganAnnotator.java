package io.github.tifa.slogan;

import java.util.ArrayList;
import java.util.List;
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

import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.ReadsLexicon;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.model.Overlaps;
import io.github.tifa.rules.Page;
import io.github.tifa.rules.Rule;
import io.github.tifa.type.Meeting;
import io.github.tifa.type.OfficialTitle;
import io.github.tifa.type.Slogan;

/**
 * Finds slogans (提法). In quotation marks: a numeric formula (“两个确立”, “1+3+N”) or a coined term
 * (“专精特新”, “瞪羚”企业) is a slogan; quoted speech (sentence punctuation, length), a scare-quoted
 * ordinary word (扛好“大梁”: one dictionary word that labels nothing after it) and a programme name
 * that quotes slogans inside it (“‘科创筑梦’助力‘双减’科普行动”: only the inner ones) are not.
 * Unquoted: a national formula from the lexicon, or a slogan this document has already quoted. {@code numeric}: built on a count or a code (a leading numeral other than an
 * idiomatic 一, paired numerals, 双…, digits); {@code expansion}: from the lexicon, or from the text
 * where the formula is defined in place (“5432”工作机制，即 A、B、C、D; A、B、C“三项机制”).
 */
@TypeCapability(inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", "io.github.tifa.type.Meeting",
        "io.github.tifa.type.OfficialTitle"},
        outputs = "io.github.tifa.type.Slogan")
public class SloganAnnotator extends JCasAnnotator_ImplBase {

    /** National formulas (slogans_national.txt), counted quoted or not: term, expansion, numeric. */
    public static final String PARAM_FORMULA_LEXICON = "formulaLexicon";
    @ExternalResource(key = PARAM_FORMULA_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.SLOGANS_NATIONAL)
    private LexiconResource formulaLexicon;

    /** Context words (slogan_context.txt): LABELS, IN_PLACE (即), SET_MEASURE (一批), ALIAS_CUE (简称). */
    public static final String PARAM_CONTEXT_LEXICON = "contextLexicon";
    @ExternalResource(key = PARAM_CONTEXT_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.SLOGAN_CONTEXT)
    private LexiconResource contextLexicon;

    /** Numerals (numerals.txt): FORMULA numerals open a numeric formula, and give its count. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.NUMERALS)
    private LexiconResource numeralLexicon;

    /** Longest quoted text (or enumerated item), in characters, that can still be a slogan rather than speech. */
    public static final String PARAM_MAX_QUOTED = "maxQuoted";
    @ConfigurationParameter(name = PARAM_MAX_QUOTED, mandatory = false, defaultValue = "12")
    private int maxQuoted;

    static final String RULE_QUOTED_FORMULA = QuotedFormula.NAME;
    static final String RULE_QUOTED_TERM = QuotedTerm.NAME;
    static final String RULE_NATIONAL = LexiconFormula.NAME;
    static final String RULE_QUOTED_EARLIER = QuotedEarlier.NAME;

    /** The rules of RULES.md's slogan table, each proposing spans; overlaps go by priority, then length. */
    private static final List<Rule<SloganPage, SloganSpan>> RULES = List.of(new QuotedFormula(), new QuotedTerm(),
            new LexiconFormula(), new QuotedEarlier());

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SloganPage.Lexicons lexicons;

    @Override
    public void initialize(UimaContext ctx) throws ResourceInitializationException {
        super.initialize(ctx);
        LexiconTrie formulas = LexiconResource.trieOf(formulaLexicon, LexiconFile.SLOGANS_NATIONAL);
        LexiconTrie numerals = LexiconResource.trieOf(numeralLexicon, LexiconFile.NUMERALS);
        lexicons = new SloganPage.Lexicons(formulas, LexiconResource.trieOf(contextLexicon, LexiconFile.SLOGAN_CONTEXT),
                numerals, maxQuoted);
        for (Lexicon.Entry e : numerals.lexicon().entries()) {
            if (!e.column(1).matches("\\d+")) {
                throw new ResourceInitializationException(new IllegalArgumentException(String.format(
                        "%s line %d: third column (value) must be a number, got '%s'",
                        numerals.lexicon().name(), e.line(), e.column(1))));
            }
        }
        for (Lexicon.Entry e : formulas.lexicon().entries()) {
            String numeric = e.column(1);
            if (!numeric.isEmpty() && !numeric.equals("true") && !numeric.equals("false")) {
                throw new ResourceInitializationException(new IllegalArgumentException(String.format(
                        "%s line %d: third column (numeric) must be true or false, got '%s'",
                        formulas.lexicon().name(), e.line(), numeric)));
            }
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        SloganPage page = new SloganPage(Page.of(jcas), lexicons);
        List<SloganSpan> proposed = new ArrayList<>();
        for (Rule<SloganPage, SloganSpan> rule : RULES) {
            proposed.addAll(rule.propose(page));
        }
        // the head of a meeting's name is no slogan, quoted or not (全国“两会”); a slogan inside a
        // name stays one (“四个一批”工作例会)
        List<Meeting> meetings = List.copyOf(JCasUtil.select(jcas, Meeting.class));
        // a post in quotation marks (看望“第一书记”) is the title it names, no slogan
        List<OfficialTitle> titles = List.copyOf(JCasUtil.select(jcas, OfficialTitle.class));
        for (SloganSpan f : Overlaps.resolve(proposed)) {
            if (meetings.stream().anyMatch(m -> m.getBegin() <= f.begin() && f.end() == m.getEnd())
                    || titles.stream().anyMatch(t -> t.getBegin() == f.begin() && t.getEnd() == f.end())) {
                continue;
            }
            String canonical = SPACES.matcher(page.text().substring(f.begin(), f.end())).replaceAll("");
            Slogan slogan = new Slogan(jcas, f.begin(), f.end());
            slogan.setQuoted(f.quoted());
            slogan.setNumeric(page.numeric(canonical));
            slogan.setCanonical(canonical);
            slogan.setExpansion(SloganExpansion.of(page, canonical, f));
            slogan.setRule(f.rule());
            slogan.addToIndexes();
        }
    }
}
