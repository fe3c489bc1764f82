package io.github.tifa.lexicon;

import java.util.Arrays;

/**
 * Every match found in one pass over the text, kept sparse: a page holds a few dozen matches of
 * a lexicon, so two bit sets say where one begins or ends and sorted arrays of the matches
 * answer the rest, instead of arrays the length of the page.
 */
final class EagerMatches implements LexiconTrie.Matches {
    private int count;
    private int[] begins = new int[16];
    private int[] ends = new int[16];
    private Lexicon.Entry[] values = new Lexicon.Entry[16];
    /** The longest match starting at a position, and the longest ending at one. */
    private MatchSide starts;
    private MatchSide stops;

    /** One occurrence, in any order. */
    void add(int begin, int end, Lexicon.Entry value) {
        if (count == begins.length) {
            begins = Arrays.copyOf(begins, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            values = Arrays.copyOf(values, count * 2);
        }
        begins[count] = begin;
        ends[count] = end;
        values[count++] = value;
    }

    /** Keeps, for each begin, the longest occurrence from it; for each end, the longest to it. */
    void index() {
        starts = new MatchSide(begins, count, (a, b) -> ends[b] > ends[a] ? b : a);
        stops = new MatchSide(ends, count, (a, b) -> begins[b] < begins[a] ? b : a);
    }

    private int startingAt(int pos) {
        return starts.hitAt(pos);
    }

    private int endingAt(int end) {
        return stops.hitAt(end);
    }

    @Override
    public int beginAt(int end) {
        int hit = endingAt(end);
        return hit < 0 ? -1 : begins[hit];
    }

    @Override
    public Lexicon.Entry entryEndingAt(int end) {
        int hit = endingAt(end);
        return hit < 0 ? null : values[hit];
    }

    @Override
    public int endAt(int pos) {
        int hit = startingAt(pos);
        return hit < 0 ? -1 : ends[hit];
    }

    @Override
    public Lexicon.Entry entryAt(int pos) {
        int hit = startingAt(pos);
        return hit < 0 ? null : values[hit];
    }
}
