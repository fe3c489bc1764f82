package io.github.tifa.reflow;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.resource.ResourceInitializationException;

import io.github.tifa.lexicon.LexiconResource;

/**
 * A component that reads lines as credits and datelines (Reflow, articles, bylines): the three
 * byline lexicons it is bound to, and the one credit-line model built from them, so that a user's
 * role word or agency reaches all three alike.
 */
public abstract class CreditLineAnnotator extends JCasAnnotator_ImplBase {

    /** Credit role words (byline_roles.txt), a {@link LexiconResource}; the built-in list when unbound. */
    public static final String PARAM_ROLE_LEXICON = "roleLexicon";
    @ExternalResource(key = PARAM_ROLE_LEXICON, mandatory = false)
    protected LexiconResource roleLexicon;

    /** Outlets and agencies that open a dateline (byline_agencies.txt: 本报, 新华社). */
    public static final String PARAM_AGENCY_LEXICON = "agencyLexicon";
    @ExternalResource(key = PARAM_AGENCY_LEXICON, mandatory = false)
    protected LexiconResource agencyLexicon;

    /** Marks, dateline kinds and citing words of credit lines (byline_context.txt: □, 讯, 据). */
    public static final String PARAM_BYLINE_CONTEXT_LEXICON = "bylineContextLexicon";
    @ExternalResource(key = PARAM_BYLINE_CONTEXT_LEXICON, mandatory = false)
    protected LexiconResource bylineContextLexicon;

    /** The credit-line model of the bound lexicons. */
    protected PageLayout.Vocabulary vocabulary;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        vocabulary = PageLayout.Vocabulary.of(roleLexicon, agencyLexicon, bylineContextLexicon);
    }
}
