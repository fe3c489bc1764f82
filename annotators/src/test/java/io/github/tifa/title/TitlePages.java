package io.github.tifa.title;

import static io.github.tifa.PreparedCas.tokens;

import java.util.List;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.TitleContext;
import io.github.tifa.model.Layers;
import io.github.tifa.rules.Page;
import io.github.tifa.segment.SpanIndex;

/** The title rules' page view of tokens and persons prepared by hand, with the built-in lexicons. */
final class TitlePages {
    private static final TitlePage.Lexicons BUILT_IN = builtIn();

    private TitlePages() {
    }

    private static TitlePage.Lexicons builtIn() {
        LexiconTrie levels = LexiconTrie.read(LexiconFile.LEVELS.builtIn());
        LexiconTrie context = LexiconTrie.read(LexiconFile.TITLE_CONTEXT.builtIn());
        TitleLookup.Shapes shapes = new TitleLookup.Shapes(context.chars(TitleContext.ORGAN_END), context.chars(TitleContext.SHORT_ORGAN_END), levels.chars(),
                context.chars(TitleContext.CLAUSE_LINK), context.chars(TitleContext.MEASURE),
                LexiconTrie.read(LexiconFile.NUMERALS.builtIn()).chars(Numeral.NUMERAL), context.chars(TitleContext.HOLDER_BEFORE));
        return new TitlePage.Lexicons(LexiconTrie.read(LexiconFile.POSTS.builtIn()), LexiconTrie.read(LexiconFile.ORGANS.builtIn()), levels,
                LexiconTrie.read(LexiconFile.PLACES.builtIn()), context, shapes);
    }

    /**
     * The texts of the spans {@code rule} proposes on the tokens of {@code spec} (see
     * PreparedCas#tokens), with each of {@code persons} marked as a person where it first occurs.
     */
    static List<String> proposed(TitleRule rule, String spec, String... persons) throws Exception {
        JCas jcas = tokens(spec);
        for (String name : persons) {
            int begin = jcas.getDocumentText().indexOf(name);
            NamedEntity ne = new NamedEntity(jcas, begin, begin + name.length());
            ne.setValue("PER");
            ne.addToIndexes();
        }
        TitlePage page = new TitlePage(Page.of(jcas), SpanIndex.of(Layers.persons(jcas)), BUILT_IN, List.of(rule));
        return rule.propose(page).stream().map(s -> page.text().substring(s.begin(), s.end())).toList();
    }
}
