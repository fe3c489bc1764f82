package io.github.tifa.io;

/**
 * Converts UTF-16 offsets (UIMA's) of one text into Unicode code point offsets (brat's, Python's).
 */
public final class CodePoints {
    private final int[] index;

    public CodePoints(String text) {
        index = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            index[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        index[text.length()] = cp;
    }

    /** Code point offset of UTF-16 offset {@code utf16}. */
    public int of(int utf16) {
        return index[utf16];
    }

    /** Length of the text in code points. */
    public int length() {
        return index[index.length - 1];
    }
}
