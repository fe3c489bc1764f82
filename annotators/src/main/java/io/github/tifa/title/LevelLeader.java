package io.github.tifa.title;

import io.github.tifa.lexicon.WordClass.Post;
import io.github.tifa.lexicon.WordClass.TitleContext;
import io.github.tifa.model.Punctuation;

/**
 * {@code title.level-leader}: {@code (level | place) LEVEL-post} (区领导, 市级领导: the class of holders, with
 * or without names); not a rank that qualifies a system founded for it (建立区级领导联系企业制度) nor leaders of
 * no level (与会领导, 各级领导).
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

    /** A {@code FOUNDS} word (建立, 健全) stands before {@code begin} in its clause (建立…机制和省级领导…责任制). */
    private static boolean foundedInClause(TitlePage page, int begin) {
        for (int p = begin; p > 0 && !Punctuation.STATEMENT_MARKS.has(page.text().charAt(p - 1)); p--) {
            if (page.lookup.endsWith(p, TitleContext.FOUNDS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean leads(TitlePage page, TitlePage.PostReading r) {
        TitleLookup lookup = page.lookup;
        if (lookup.has(r.end(), TitleContext.LED_BY) && r.begin() > 0 && lookup.has(r.begin() - 1, TitleContext.UNDER_OPENS)
                || lookup.has(r.end(), TitleContext.UNDER_WHICH)) {
            return false; // 在县委领导下, 党组织领导下的…机制: the committee's leadership, not its leaders
        }
        int i = lookup.beforePrincipal(r.postBegin()); // 市委|主要领导
        if (lookup.has(i - 1, TitleContext.GRADE) && foundedInClause(page, r.begin())) {
            return false; // 建立县级领导联系企业制度: a rank that qualifies the system founded for it
        }
        int organEnd = i > 0 && page.text().charAt(i - 1) == '”' ? i - 1 : i; // 县“四大家”领导
        return lookup.levelHits().beginAt(i) >= 0 || lookup.placeHits().beginAt(i) >= 0
                || r.begin() < i && lookup.organHits().beginAt(organEnd) >= 0;
    }
}
