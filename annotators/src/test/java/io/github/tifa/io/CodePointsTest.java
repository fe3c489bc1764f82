package io.github.tifa.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodePointsTest {

    @Test
    void countsAPairAsOneCodePoint() {
        String text = "吉\uD842\uDFB7祥"; // 吉𠮷祥: 𠮷 is two UTF-16 units
        CodePoints cp = new CodePoints(text);
        assertThat(cp.of(0)).isEqualTo(0);
        assertThat(cp.of(1)).isEqualTo(1);
        assertThat(cp.of(2)).isEqualTo(1); // between the halves: the pair's own code point
        assertThat(cp.of(3)).isEqualTo(2);
        assertThat(cp.of(4)).isEqualTo(3);
        assertThat(cp.length()).isEqualTo(3);
    }

    @Property(tries = 300)
    void agreesWithTheJdkOutsidePairs(@ForAll("texts") String text) {
        CodePoints cp = new CodePoints(text);
        for (int j = 0; j <= text.length(); j++) {
            boolean insidePair = j > 0 && j < text.length() && Character.isHighSurrogate(text.charAt(j - 1))
                    && Character.isLowSurrogate(text.charAt(j)) && !insideEarlierPair(text, j - 1);
            assertThat(cp.of(j)).as("offset %d", j).isEqualTo(insidePair ? cp.of(j - 1) : text.codePointCount(0, j));
        }
        assertThat(cp.length()).isEqualTo(text.codePointCount(0, text.length()));
    }

    /** The unit at {@code i} is the second half of a pair (so it cannot start one). */
    private static boolean insideEarlierPair(String text, int i) {
        int k = 0;
        while (k < i) {
            k += Character.isHighSurrogate(text.charAt(k)) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1)) ? 2 : 1;
        }
        return k > i;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', '吉', '\uD842', '\uDFB7').ofMaxLength(20);
    }
}
