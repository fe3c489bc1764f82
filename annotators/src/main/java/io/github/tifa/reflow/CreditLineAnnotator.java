package io.github.tifa.reflow;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.resource.ResourceInitializationException;

import io.github.tifa.lexicon.LexiconResource;
import io.github.tifa.lexicon.ReadsLexicon;
import io.github.tifa.lexicon.LexiconFile;

/**
 * A component that reads credits and datelines (Reflow, articles, bylines): the byline lexicons it
 * is bound to, and the one {@link CreditGrammar} built from them, so that a user's role word or
 * agency reaches all three alike.
 */
public abstract class CreditLineAnnotator extends JCasAnnotator_ImplBase {

    /** Credit role words (byline_roles.txt), a {@link LexiconResource}; the built-in list when unbound. */
    public static final String PARAM_ROLE_LEXICON = "roleLexicon";
    @ExternalResource(key = PARAM_ROLE_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.BYLINE_ROLES)
    protected LexiconResource roleLexicon;

    /** Outlets and agencies that open a dateline (byline_agencies.txt: 本报, 新华社). */
    public static final String PARAM_AGENCY_LEXICON = "agencyLexicon";
    @ExternalResource(key = PARAM_AGENCY_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.BYLINE_AGENCIES)
    protected LexiconResource agencyLexicon;

    /** Marks, dateline kinds and citing words of credit lines (byline_context.txt: □, 讯, 据). */
    public static final String PARAM_BYLINE_CONTEXT_LEXICON = "bylineContextLexicon";
    @ExternalResource(key = PARAM_BYLINE_CONTEXT_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.BYLINE_CONTEXT)
    protected LexiconResource bylineContextLexicon;

    /** Surnames (surnames.txt): a credit that prints names without a role (（苗强）, 秦 越) starts each with one. */
    public static final String PARAM_SURNAME_LEXICON = "surnameLexicon";
    @ExternalResource(key = PARAM_SURNAME_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.SURNAMES)
    private LexiconResource surnameLexicon;

    /** Numerals (numerals.txt), for dates printed in Chinese numerals. */
    public static final String PARAM_NUMERAL_LEXICON = "numeralLexicon";
    @ExternalResource(key = PARAM_NUMERAL_LEXICON, mandatory = false)
    @ReadsLexicon(LexiconFile.NUMERALS)
    private LexiconResource numeralLexicon;

    /** The byline patterns (byline_patterns.txt): {@value CreditGrammar#DATE}. */
    public static final String PARAM_PATTERNS = "bylinePatterns";
    @ExternalResource(key = PARAM_PATTERNS, mandatory = false)
    @ReadsLexicon(LexiconFile.BYLINE_PATTERNS)
    private LexiconResource patternLexicon;

    /** The credit grammar of the bound lexicons. */
    protected CreditGrammar grammar;
    /** Its credit-line model, which page layout reads lines with. */
    protected CreditVocabulary vocabulary;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            grammar = new CreditGrammar(LexiconResource.trieOf(roleLexicon, LexiconFile.BYLINE_ROLES),
                    LexiconResource.trieOf(agencyLexicon, LexiconFile.BYLINE_AGENCIES),
                    LexiconResource.trieOf(bylineContextLexicon, LexiconFile.BYLINE_CONTEXT),
                    LexiconResource.trieOf(surnameLexicon, LexiconFile.SURNAMES),
                    LexiconResource.trieOf(numeralLexicon, LexiconFile.NUMERALS),
                    LexiconResource.trieOf(patternLexicon, LexiconFile.BYLINE_PATTERNS));
        } catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
        vocabulary = grammar.vocabulary();
    }
}
