package io.github.tifa.title;

import io.github.tifa.lexicon.WordClass.Post;
import io.github.tifa.lexicon.WordClass.TitleContext;
import io.github.tifa.model.Punctuation;

/**
 * {@code title.bare-post}: a post with no organisation where a title can stand alone: after
 * punctuation, a {@code FORMER} word (原, 时任), a {@code CONCURRENT} one (兼) or an {@code ALONE_AFTER} one
 * (和, 为, 各), next to a holder, or before a {@code COPULA} and a holder; a {@code MEMBER} post (委员) only next
 * to its holder.
 */
final class BarePost implements TitleRule {
    static final String NAME = "title.bare-post";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean takes(TitlePage page, TitlePage.PostReading r) {
        return !r.post().is(Post.LEVEL) && !r.post().is(Post.AFTER_ORGAN) && r.begin() == r.postBegin()
                && standsAlone(page, r.postBegin(), r.end(), r.post().is(Post.MEMBER));
    }

    private static boolean standsAlone(TitlePage page, int i, int postEnd, boolean member) {
        TitleLookup lookup = page.lookup;
        if (member) { // 代表、委员风采: the members in general; 委员林晓, 林晓委员: one of them; 主任、副主任、委员: a list of posts
            return page.persons().startingAt(postEnd) != null || page.persons().endingAt(i) != null
                    || i > 1 && page.text().charAt(i - 1) == '、' && page.postEndsAt(i - 1)
                    || lookup.endsWith(i, TitleContext.CLAUSE_LINK) && page.postEndsAt(lookup.contextHits().beginAt(i))
                    || lookup.has(postEnd, TitleContext.COPULA) && page.persons().startingAt(postEnd + 1) != null;
        }
        return i == 0 || Punctuation.STANDALONE_BEFORE.has(page.text().charAt(i - 1))
                || page.persons().startingAt(postEnd) != null
                || lookup.has(postEnd, TitleContext.COPULA) && page.persons().startingAt(postEnd + 1) != null
                || page.persons().endingAt(i) != null || lookup.endsWith(i, TitleContext.FORMER)
                || lookup.endsWith(i, TitleContext.CONCURRENT) || lookup.endsWith(i, TitleContext.ALONE_AFTER);
    }
}
