package io.github.tifa.title;

import java.util.List;

import io.github.tifa.rules.Rule;

/**
 * A title rule: which of the page's posts, read leftwards to their organisation, it takes for a title.
 * The page asks its rules once per post ({@link TitlePage#readings()}); a rule proposes the posts it took.
 */
interface TitleRule extends Rule<TitlePage, TitleSpan> {

    /** This rule takes the post {@code reading} for a title. */
    boolean takes(TitlePage page, TitlePage.PostReading reading);

    @Override
    default List<TitleSpan> propose(TitlePage page) {
        return page.readings().stream().filter(r -> r.takenBy() == this).map(r -> TitleSpan.of(r, name())).toList();
    }
}
