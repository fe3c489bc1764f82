package io.github.tifa.person;

import static io.github.tifa.PreparedCas.tokens;

import java.util.List;

import org.apache.uima.jcas.JCas;

import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.lexicon.WordClass.BylineContext;
import io.github.tifa.lexicon.WordClass.Numeral;
import io.github.tifa.lexicon.WordClass.PersonContext;
import io.github.tifa.rules.Rule;
import io.github.tifa.type.Contributor;

/** The person rules' page view of tokens prepared by hand, with the built-in lexicons. */
final class PersonPages {
    private static final PersonPage.Lexicons BUILT_IN = builtIn();

    private PersonPages() {
    }

    private static PersonPage.Lexicons builtIn() {
        LexiconTrie context = LexiconTrie.read(LexiconFile.PERSON_CONTEXT.builtIn());
        return new PersonPage.Lexicons(LexiconTrie.read(LexiconFile.POSTS.builtIn()), LexiconTrie.read(LexiconFile.SURNAMES.builtIn()), context,
                LexiconTrie.read(LexiconFile.PLACES.builtIn()), LexiconTrie.read(LexiconFile.LEVELS.builtIn()).chars(),
                context.chars(PersonContext.ORGAN_END), LexiconTrie.read(LexiconFile.BYLINE_CONTEXT.builtIn()).chars(BylineContext.KIND),
                LexiconTrie.read(LexiconFile.NUMERALS.builtIn()).chars(Numeral.NUMERAL), context.chars(PersonContext.PROVINCE_SHORT));
    }

    /** The page of {@code spec} (see PreparedCas#tokens), each of {@code contributors} credited where it first occurs. */
    static PersonPage of(String spec, String... contributors) throws Exception {
        JCas jcas = tokens(spec);
        for (String name : contributors) {
            int begin = jcas.getDocumentText().indexOf(name);
            new Contributor(jcas, begin, begin + name.length()).addToIndexes();
        }
        return new PersonPage(jcas, BUILT_IN);
    }

    static List<String> texts(PersonPage page, List<PersonSpan> spans) {
        return spans.stream().map(s -> page.text.substring(s.begin(), s.end())).toList();
    }

    /** The texts of the names {@code rule} proposes on the page of {@code spec}. */
    static List<String> proposed(Rule<PersonPage, PersonSpan> rule, String spec, String... contributors) throws Exception {
        PersonPage page = of(spec, contributors);
        return texts(page, rule.propose(page));
    }
}
