package io.github.tifa.slogan;

import static io.github.tifa.PreparedCas.tokens;

import java.util.List;

import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.rules.Page;

/** The slogan rules' page view of tokens prepared by hand, with the built-in lexicons. */
final class SloganPages {
    private static final SloganPage.Lexicons BUILT_IN = new SloganPage.Lexicons(
            LexiconTrie.read(LexiconFile.SLOGANS_NATIONAL.builtIn()), LexiconTrie.read(LexiconFile.SLOGAN_CONTEXT.builtIn()),
            LexiconTrie.read(LexiconFile.NUMERALS.builtIn()), 12);

    private SloganPages() {
    }

    /** {@code "落实/v “/w 一排/m 底线/n ”/w"}: see {@link io.github.tifa.PreparedCas#tokens}. */
    static SloganPage of(String spec) throws Exception {
        return new SloganPage(Page.of(tokens(spec)), BUILT_IN);
    }

    /** The texts of the spans {@code rule} proposes on the page of {@code spec}. */
    static List<String> proposed(io.github.tifa.rules.Rule<SloganPage, SloganSpan> rule, String spec) throws Exception {
        SloganPage page = of(spec);
        return rule.propose(page).stream().map(s -> page.text().substring(s.begin(), s.end())).toList();
    }
}
