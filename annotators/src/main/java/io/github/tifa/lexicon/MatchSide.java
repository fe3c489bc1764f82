package io.github.tifa.lexicon;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One side of a text's matches (where they begin, or where they end): the positions that have
 * one, as a bit set and a sorted array, and the best match at each.
 */
final class MatchSide {
    private final BitSet at = new BitSet();
    private final int[] positions;
    private final int[] hits;

    /** Of the {@code count} matches at {@code position[hit]}, keeps at each position the {@code better} one. */
    MatchSide(int[] position, int count, java.util.function.IntBinaryOperator better) {
        long[] keyed = new long[count];
        for (int i = 0; i < count; i++) {
            keyed[i] = (long) position[i] << 32 | i;
        }
        Arrays.sort(keyed);
        int[] pos = new int[count];
        int[] best = new int[count];
        int n = 0;
        for (long key : keyed) {
            int p = (int) (key >>> 32);
            int hit = (int) key;
            if (n > 0 && pos[n - 1] == p) {
                best[n - 1] = better.applyAsInt(best[n - 1], hit);
            } else {
                pos[n] = p;
                best[n++] = hit;
                at.set(p);
            }
        }
        positions = Arrays.copyOf(pos, n);
        hits = Arrays.copyOf(best, n);
    }

    /** The best match at {@code p}, or -1. */
    int hitAt(int p) {
        return p < 0 || !at.get(p) ? -1 : hits[Arrays.binarySearch(positions, p)];
    }
}
