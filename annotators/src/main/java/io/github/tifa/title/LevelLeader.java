package io.github.tifa.title;

import io.github.tifa.lexicon.WordClass.Post;
import io.github.tifa.lexicon.WordClass.TitleContext;

/**
 * {@code title.level-leader}: {@code (level | place) LEVEL-post} (区领导, 市级领导 with a name after
 * it or names and 等 before it); not a rank of leaders (建立区级领导联系企业制度) nor leaders of no level (与会领导, 各级领导).
 */
final class LevelLeader implements TitleRule {
    static final String NAME = "title.level-leader";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean takes(TitlePage page, TitlePage.PostReading r) {
        return r.post().is(Post.LEVEL) && leads(page, r);
    }

    private static boolean leads(TitlePage page, TitlePage.PostReading r) {
        TitleLookup lookup = page.lookup;
        if (lookup.has(r.end(), TitleContext.LED_BY) && r.begin() > 0 && lookup.has(r.begin() - 1, TitleContext.UNDER_OPENS)) {
            return false; // 在县委领导下: the committee's leadership, not its leaders
        }
        int i = lookup.beforePrincipal(r.postBegin()); // 市委|主要领导
        if (lookup.has(i - 1, TitleContext.GRADE) && page.persons().startingAt(r.end()) == null
                && !lookup.endsWith(lookup.pastCountAndFormer(r.begin()), TitleContext.HOLDER_BEFORE)) {
            return false; // a GRADE word (级) makes a rank unless a name follows, or names and 等 precede
        }
        int organEnd = i > 0 && page.text().charAt(i - 1) == '”' ? i - 1 : i; // 县“四大家”领导
        return lookup.levelHits().beginAt(i) >= 0 || lookup.placeHits().beginAt(i) >= 0
                || r.begin() < i && lookup.organHits().beginAt(organEnd) >= 0;
    }
}
