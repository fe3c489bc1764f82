package io.github.tifa.reflow;

/**
 * Whether a UTF-16 unit of a text belongs to a Han character. Both halves of a surrogate pair
 * count when the pair is a Han character outside the BMP (𠮷), so that rules scanning text unit by
 * unit read such a name like any other.
 */
public final class Han {
    private Han() {
    }

    /** The unit at {@code i} of {@code text} is (part of) a Han character; false outside the text. */
    public static boolean at(CharSequence text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return isHan(Character.toCodePoint(c, text.charAt(i + 1)));
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            return isHan(Character.toCodePoint(text.charAt(i - 1), c));
        }
        return isHan(c);
    }

    /** Every unit of {@code text[from, to)} is (part of) a Han character. */
    public static boolean all(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!at(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHan(int codePoint) {
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
            return true; // CJK Unified Ideographs, nearly every character of a page: no table look-up
        }
        if (codePoint < 0x2E80) {
            return false; // below the first Han block: Latin, digits, punctuation, spaces
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
