package io.github.tifa.meeting;

import java.util.List;

import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.rules.Page;
import io.github.tifa.segment.TokenIndex;

/** What the meeting rules read of one page: the shared page view, its meeting heads, context and level words. */
final class MeetingPage {
    /** The lexicons the meeting rules read, compiled once per component. */
    record Lexicons(LexiconTrie heads, LexiconTrie context, LexiconTrie levels) {
    }

    final Page page;
    final LexiconTrie.Matches headHits;
    /** Consulted at token ends and around heads: looked up when asked. */
    final LexiconTrie.Matches contextHits;
    final LexiconTrie.Matches levelHits;
    private List<MeetingNames.Name> names;

    MeetingPage(Page page, Lexicons lexicons) {
        this.page = page;
        headHits = page.matches(lexicons.heads());
        contextHits = page.lookups(lexicons.context());
        levelHits = page.lookups(lexicons.levels());
    }

    String text() {
        return page.text();
    }

    TokenIndex tokens() {
        return page.tokens();
    }

    /** The names on this page as {@code reading} reads them, read once for all the rules that classify them. */
    List<MeetingNames.Name> names(MeetingNames reading) {
        if (names == null) {
            names = reading.read(this);
        }
        return names;
    }
}
