package io.github.tifa.title;

import io.github.tifa.lexicon.WordClass.Post;

/**
 * {@code title.organ-post}: {@code (level | place | organ | （alternative）)+ post}, a post with the
 * organisation read leftwards before it (泗水县委书记, 市生态环境局局长, 组织部（人力资源部）部长).
 */
final class OrganPost implements TitleRule {
    static final String NAME = "title.organ-post";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean takes(TitlePage page, TitlePage.PostReading r) {
        return !r.post().is(Post.LEVEL) && r.begin() < r.postBegin() && !page.membership(r);
    }
}
