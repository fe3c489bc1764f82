package io.github.tifa.title;

import java.util.List;

import io.github.tifa.lexicon.WordClass.Post;
import io.github.tifa.lexicon.WordClass.TitleContext;
import io.github.tifa.model.Punctuation;
import io.github.tifa.rules.Rule;

/**
 * {@code title.bare-post}: a post with no organisation where a title can stand alone: after
 * punctuation or a {@code FORMER} word (原, 时任), next to a holder, or before a {@code COPULA} and a holder.
 */
final class BarePost implements Rule<TitlePage, TitleSpan> {
    static final String NAME = "title.bare-post";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TitleSpan> propose(TitlePage page) {
        return page.readings().stream().filter(r -> !r.post().is(Post.LEVEL) && r.begin() == r.postBegin()
                && standsAlone(page, r.postBegin(), r.end())).map(r -> TitleSpan.of(r, NAME)).toList();
    }

    private static boolean standsAlone(TitlePage page, int i, int postEnd) {
        TitleLookup lookup = page.lookup;
        return i == 0 || Punctuation.STANDALONE_BEFORE.has(page.text().charAt(i - 1))
                || page.persons().startingAt(postEnd) != null
                || lookup.has(postEnd, TitleContext.COPULA) && page.persons().startingAt(postEnd + 1) != null
                || page.persons().endingAt(i) != null || lookup.endsWith(i, TitleContext.FORMER);
    }
}
