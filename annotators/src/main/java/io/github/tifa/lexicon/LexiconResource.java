package io.github.tifa.lexicon;

import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.uima.fit.component.Resource_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.resource.ExternalResourceDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceSpecifier;

/**
 * A lexicon as a uimaFIT shared resource: read and compiled once per pipeline, then shared by every
 * component bound to it (byline roles by Reflow, articles and bylines; posts by persons and titles).
 * Modelled on DKPro Core's {@code SemanticTagResource}.
 *
 * <pre>{@code
 * ExternalResourceDescription posts = LexiconResource.describe(LexiconFile.POSTS.builtIn() + "|my-posts.txt");
 * createEngineDescription(TitleAnnotator.class, TitleAnnotator.PARAM_POST_LEXICON, posts);
 * }</pre>
 */
public class LexiconResource extends Resource_ImplBase {

    /**
     * Where the lexicon is: {@code classpath:…} or a file, several joined with {@code |} (later
     * ones extend and override earlier ones).
     */
    public static final String PARAM_LOCATION = "location";
    @ConfigurationParameter(name = PARAM_LOCATION)
    private String location;

    private LexiconTrie trie;

    @Override
    public boolean initialize(ResourceSpecifier specifier, Map<String, Object> additionalParams)
            throws ResourceInitializationException {
        if (!super.initialize(specifier, additionalParams)) {
            return false;
        }
        try {
            trie = LexiconTrie.read(location);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ResourceInitializationException(e);
        }
        return true;
    }

    /** The compiled lexicon. */
    public LexiconTrie trie() {
        return trie;
    }

    /** A description of the lexicon at {@code location}; pass the same one to every component that shares it. */
    public static ExternalResourceDescription describe(String location) {
        return ExternalResourceFactory.createResourceDescription(LexiconResource.class, PARAM_LOCATION, location);
    }

    /**
     * The lexicon of a component: the bound resource's, or, for a component created alone without
     * one, the built-in lexicon of {@code file}, read for that component.
     */
    public static LexiconTrie trieOf(LexiconResource bound, LexiconFile file) throws ResourceInitializationException {
        if (bound != null) {
            return bound.trie();
        }
        try {
            return LexiconTrie.read(file.builtIn());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ResourceInitializationException(e);
        }
    }
}
