package io.github.tifa.slogan;

import java.util.ArrayList;
import java.util.List;

import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.rules.Rule;

/**
 * {@code slogan.lexicon-formula}: a national formula of slogans_national.txt printed without
 * quotation marks (增强四个意识), where it cuts no word; inside quotation marks the quoted rules
 * already read it.
 */
final class LexiconFormula implements Rule<SloganPage, SloganSpan> {
    static final String NAME = "slogan.lexicon-formula";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SloganSpan> propose(SloganPage page) {
        List<SloganSpan> found = new ArrayList<>();
        LexiconTrie.Matches national = page.page.matches(page.lexicons.formulas());
        for (int i = 0; i < page.text().length(); i++) {
            int end = national.endAt(i);
            if (end > 0 && !page.quoted(i) && page.aligned(i, end)) {
                found.add(new SloganSpan(i, end, false, NAME, 1));
            }
        }
        return found;
    }
}
