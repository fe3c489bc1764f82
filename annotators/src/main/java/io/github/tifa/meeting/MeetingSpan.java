package io.github.tifa.meeting;

import io.github.tifa.lexicon.Lexicon;
import io.github.tifa.model.Overlaps;

/**
 * A meeting a rule proposes: its span, its head word's entry (null for a congress by its short
 * name, which carries its {@code session} instead), where 暨 joins two names in it (-1: nowhere), the rule,
 * and where the words that say which meeting it is begin (after a studied theme; else {@code begin}).
 */
record MeetingSpan(int begin, int end, Lexicon.Entry head, int joiner, String session, String rule, int ownBegin)
        implements Overlaps.Candidate {
    @Override
    public int priority() {
        return 0;
    }
}
