package io.github.tifa.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.github.tifa.io.PageText;

/**
 * Pages generated from news vocabulary and PDF layout (broken lines, blank lines, spaced-out lines,
 * indentation, CRLF, odd characters): the clean text always maps back to the raw text exactly.
 * Each property runs the build's default number of tries (200; {@code mvn verify -Pfuzz}: 100 000).
 */
class AlignmentProperties {

    private static final List<String> WORDS = List.of("会议", "召开", "区党工委", "副书记", "管委会", "主任", "经开区",
            "高质量发展", "两个确立", "“五项机制”", "，", "。", "、", "（记者 张三 通讯员 李  四）", "本报临沂讯", "3月12日",
            "2023年", "6AT DSI", "𠮷", "⾼", "２０", "！", "？", "；", "□本报记者 王五", "记者从", "“", "”", "(", ")");
    private static final List<String> LAYOUT = List.of("\n", "\n\n", "\r\n", "\r", " ", "  ", "\u3000\u3000", "\t",
            "\u0001", "\uD800", "\n \n", "");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> layout = Arbitraries.of(LAYOUT);
        Arbitrary<String> piece = Combinators.combine(word, layout, Arbitraries.integers().between(0, 3))
                .as((w, l, n) -> n == 0 ? w + l : w);
        return piece.list().ofMinSize(0).ofMaxSize(200).map(list -> String.join("", list));
    }

    @Property
    void everyCleanCharacterComesFromItsRawCharacter(@ForAll("pages") String page) {
        String raw = PageText.sanitize(page);
        Reflow.Result result = Reflow.reflow(raw);
        ReflowTest.assertAligned(raw, result);
    }

    @Property
    void cleanTextHasNoLayoutLeft(@ForAll("pages") String page) {
        String clean = Reflow.reflow(PageText.sanitize(page)).clean();
        assertThat(clean).doesNotContain("\r").doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
        assertThat(clean).doesNotContainPattern("\\p{IsHan}[ \\u3000\\t]+[，。、]");
        // a surrogate pair is never cut
        for (int i = 0; i < clean.length(); i++) {
            if (Character.isHighSurrogate(clean.charAt(i)) && i + 1 < clean.length()) {
                assertThat(Character.isLowSurrogate(clean.charAt(i + 1)) || clean.charAt(i) == '\uFFFD').isTrue();
            }
        }
    }

    @Property
    void rawEndOfAnySpanCoversItsLastCharacter(@ForAll("pages") String page) {
        String raw = PageText.sanitize(page);
        Reflow.Result result = Reflow.reflow(raw);
        Alignments a = result.alignments();
        String clean = result.clean();
        for (int b = 0; b < clean.length(); b += 7) {
            int e = Math.min(clean.length(), b + 5);
            int rb = a.rawBegin(b, e);
            int re = a.rawEnd(b, e);
            assertThat(rb).isLessThan(re);
            assertThat(re).isLessThanOrEqualTo(raw.length());
            assertThat(re - rb).isGreaterThanOrEqualTo(e - b);
        }
    }
}
