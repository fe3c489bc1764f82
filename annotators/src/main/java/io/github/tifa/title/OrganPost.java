package io.github.tifa.title;

import java.util.List;

import io.github.tifa.lexicon.WordClass.Post;
import io.github.tifa.rules.Rule;

/**
 * {@code title.organ-post}: {@code (level | place | organ | （alternative）)+ post}, a post with the
 * organisation read leftwards before it (泗水县委书记, 市生态环境局局长, 组织部（人力资源部）部长).
 */
final class OrganPost implements Rule<TitlePage, TitleSpan> {
    static final String NAME = "title.organ-post";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TitleSpan> propose(TitlePage page) {
        return page.readings().stream().filter(r -> !r.post().is(Post.LEVEL) && r.begin() < r.postBegin())
                .map(r -> TitleSpan.of(r, NAME)).toList();
    }
}
