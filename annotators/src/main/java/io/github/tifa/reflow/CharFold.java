package io.github.tifa.reflow;

import java.text.Normalizer;

/**
 * One-character-for-one fixes of PDF extraction artefacts: Kangxi radicals and CJK compatibility
 * ideographs become the unified ideograph, full-width digits and Latin letters become ASCII, a lone
 * CR line end becomes LF. Chinese full-width punctuation is left alone: it is correct text.
 */
public final class CharFold {
    private CharFold() {
    }

    public static char fold(char c) {
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\r') {
            return '\n';
        }
        if (c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF') {
            String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (n.length() == 1) {
                return n.charAt(0);
            }
        }
        return c;
    }
}
