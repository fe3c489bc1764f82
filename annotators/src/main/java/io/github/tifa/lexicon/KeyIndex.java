package io.github.tifa.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of a lexicon by their first two characters (or, read backwards, their last
 * two), longest first, and the one-character entries apart: most positions where a key's
 * first character stands leave one or two candidates to compare, not every key with that
 * character (35 posts begin with 副).
 */
final class KeyIndex {
    private static final Lexicon.Entry[] NONE = {};
    private final boolean backwards;
    /** (first char << 16 | second char), sorted, for keys of two characters or more. */
    private final int[] pairs;
    private final Lexicon.Entry[][] longer;
    /**
     * The one-character entries by character, in blocks of 256 made only where one stands:
     * common characters (的, 在) are keys of the context lexicons, asked at every position.
     */
    private final Lexicon.Entry[][] singles = new Lexicon.Entry[256][];
    /** The second characters of the pairs: most look-ups of longer keys end here. */
    private final BitSet seconds = new BitSet();

    KeyIndex(java.util.Collection<Lexicon.Entry> all, boolean backwards) {
        this.backwards = backwards;
        Lexicon.Entry[] entries = all.toArray(Lexicon.Entry[]::new);
        // grouped by pair through one sort of longs (pair, index): thousands of places build fast
        long[] keyed = new long[entries.length];
        int n = 0;
        List<Lexicon.Entry> oneChar = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            String k = entries[i].key();
            if (k.length() == 1) {
                oneChar.add(entries[i]);
            } else {
                int pair = backwards ? pair(k.charAt(k.length() - 1), k.charAt(k.length() - 2)) : pair(k.charAt(0), k.charAt(1));
                keyed[n++] = (long) pair << 32 | i;
                seconds.set(backwards ? k.charAt(k.length() - 2) : k.charAt(1));
            }
        }
        keyed = Arrays.copyOf(keyed, n);
        Arrays.sort(keyed);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i == 0 || keyed[i] >> 32 != keyed[i - 1] >> 32) {
                starts.add(i);
            }
        }
        starts.add(n);
        pairs = new int[starts.size() - 1];
        longer = new Lexicon.Entry[pairs.length][];
        for (int g = 0; g < pairs.length; g++) {
            int from = starts.get(g);
            int to = starts.get(g + 1);
            pairs[g] = (int) (keyed[from] >> 32);
            longer[g] = new Lexicon.Entry[to - from];
            for (int k = from; k < to; k++) {
                longer[g][k - from] = entries[(int) keyed[k]];
            }
            Arrays.sort(longer[g], Comparator.comparingInt((Lexicon.Entry x) -> x.key().length()).reversed());
        }
        for (Lexicon.Entry e : oneChar) {
            char c = e.key().charAt(0);
            if (singles[c >>> 8] == null) {
                singles[c >>> 8] = new Lexicon.Entry[256];
            }
            singles[c >>> 8][c & 0xFF] = e;
        }
    }

    private static int pair(char first, char second) {
        return first << 16 | second;
    }

    /**
     * The keys of two characters or more that may start at {@code pos} (backwards: end at
     * {@code pos}, exclusive), longest first: those whose first two characters are there.
     */
    Lexicon.Entry[] longer(String text, int pos) {
        int pair;
        if (backwards) {
            if (pos < 2 || !seconds.get(text.charAt(pos - 2))) {
                return NONE;
            }
            pair = pair(text.charAt(pos - 1), text.charAt(pos - 2));
        } else {
            if (pos + 1 >= text.length() || !seconds.get(text.charAt(pos + 1))) {
                return NONE;
            }
            pair = pair(text.charAt(pos), text.charAt(pos + 1));
        }
        int i = Arrays.binarySearch(pairs, pair);
        return i < 0 ? NONE : longer[i];
    }

    /** The one-character entry {@code c}, or null. */
    Lexicon.Entry single(char c) {
        Lexicon.Entry[] block = singles[c >>> 8];
        return block == null ? null : block[c & 0xFF];
    }
}
