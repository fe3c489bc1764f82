package io.github.tifa.meeting;

import static io.github.tifa.PreparedCas.tokens;

import java.util.List;

import io.github.tifa.lexicon.LexiconPatterns;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.rules.Page;
import io.github.tifa.rules.Rule;

/** The meeting rules' page view of tokens prepared by hand, with the built-in lexicons. */
final class MeetingPages {
    static final LexiconTrie CONTEXT = LexiconTrie.read(LexiconFile.MEETING_CONTEXT.builtIn());
    static final LexiconTrie NUMERALS = LexiconTrie.read(LexiconFile.NUMERALS.builtIn());
    static final LexiconPatterns PATTERNS = new LexiconPatterns(LexiconTrie.read(LexiconFile.MEETING_PATTERNS.builtIn()),
            MeetingAnnotator.PATTERN_NAMES, NUMERALS, CONTEXT);
    static final MeetingNames READING = MeetingNames.of(CONTEXT, NUMERALS, PATTERNS, 40);
    private static final MeetingPage.Lexicons BUILT_IN = new MeetingPage.Lexicons(
            LexiconTrie.read(LexiconFile.MEETING_HEADS.builtIn()), CONTEXT, LexiconTrie.read(LexiconFile.LEVELS.builtIn()));

    private MeetingPages() {
    }

    /** The texts of the spans {@code rule} proposes on the tokens of {@code spec} (see PreparedCas#tokens). */
    static List<String> proposed(Rule<MeetingPage, MeetingSpan> rule, String spec) throws Exception {
        MeetingPage page = new MeetingPage(Page.of(tokens(spec)), BUILT_IN);
        return rule.propose(page).stream().map(s -> page.text().substring(s.begin(), s.end())).toList();
    }
}
