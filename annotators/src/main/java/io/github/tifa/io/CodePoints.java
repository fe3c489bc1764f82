package io.github.tifa.io;

import java.util.Arrays;

/**
 * Converts UTF-16 offsets (UIMA's) of one text into Unicode code point offsets (brat's, Python's).
 * Only the surrogate pairs are kept: most pages have none, and then the offsets are the same.
 */
public final class CodePoints {
    /** The UTF-16 offsets of the second halves of the text's surrogate pairs, ascending. */
    private final int[] lowHalves;
    private final int length;

    public CodePoints(String text) {
        int[] lows = new int[0];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == lows.length) {
                    lows = Arrays.copyOf(lows, Math.max(4, 2 * n));
                }
                lows[n++] = ++i;
            }
        }
        lowHalves = Arrays.copyOf(lows, n);
        length = text.length() - n;
    }

    /** Code point offset of UTF-16 offset {@code utf16}. */
    public int of(int utf16) {
        if (lowHalves.length == 0) {
            return utf16;
        }
        // every pair wholly before utf16 counts one code point for two units; an offset between
        // the two halves maps, as before, to the pair's own code point
        int i = Arrays.binarySearch(lowHalves, utf16);
        int pairsStarted = i >= 0 ? i + 1 : -i - 1;
        return utf16 - pairsStarted;
    }

    /** Length of the text in code points. */
    public int length() {
        return length;
    }
}
