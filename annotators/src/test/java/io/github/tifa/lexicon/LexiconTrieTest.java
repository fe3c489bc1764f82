package io.github.tifa.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The longest entry starting or ending at each offset, asked of a whole-text pass and of the lazy
 * look-ups, for a small lexicon (the character index) and a large one (HanLP's trie).
 */
class LexiconTrieTest {

    private static LexiconTrie trie(Iterable<String> words) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            text.append(w).append("\tWORD\n");
        }
        return LexiconTrie.of(Lexicon.parse("test.txt", new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void longestEntryFromAndToEachOffset() throws IOException {
        LexiconTrie posts = trie(List.of("书记", "副书记", "主任", "副主任", "市", "市委"));
        String text = "市委副书记王某，副主任";
        for (LexiconTrie.Matches m : List.of(posts.match(text), posts.lazy(text))) {
            assertThat(m.endAt(0)).isEqualTo(2); // 市委, not 市
            assertThat(m.entryAt(0).key()).isEqualTo("市委");
            assertThat(m.endAt(2)).isEqualTo(5); // 副书记
            assertThat(m.endAt(3)).isEqualTo(5); // 书记 starts inside 副书记
            assertThat(m.beginAt(5)).isEqualTo(2); // 副书记, not 书记
            assertThat(m.entryEndingAt(5).key()).isEqualTo("副书记");
            assertThat(m.beginAt(1)).isEqualTo(0); // 市
            assertThat(m.beginAt(11)).isEqualTo(8); // 副主任 at the very end
            assertThat(m.endAt(5)).isEqualTo(-1);
            assertThat(m.entryAt(6)).isNull();
            assertThat(m.endAt(-1)).isEqualTo(-1);
            assertThat(m.beginAt(0)).isEqualTo(-1);
            assertThat(m.endAt(11)).isEqualTo(-1);
            assertThat(m.beginAt(12)).isEqualTo(-1);
        }
    }

    @Property(tries = 300)
    void smallLexiconAgreesWithBruteForce(@ForAll("words") List<String> words, @ForAll("texts") String text)
            throws IOException {
        agreesWithBruteForce(new TreeSet<>(words), text);
    }

    @Property(tries = 30)
    void largeLexiconAgreesWithBruteForce(@ForAll("texts") String text) throws IOException {
        Set<String> words = new TreeSet<>();
        for (String w : allWords(5)) {
            if (!w.contains("丁丁")) { // leave holes, so that not every substring matches
                words.add(w);
            }
        }
        assertThat(words.size()).isGreaterThanOrEqualTo(LexiconTrie.TRIE_FROM);
        agreesWithBruteForce(words, text);
    }

    private static void agreesWithBruteForce(Set<String> words, String text) throws IOException {
        LexiconTrie trie = trie(words);
        for (LexiconTrie.Matches m : List.of(trie.match(text), trie.lazy(text))) {
            for (int pos = -1; pos <= text.length() + 1; pos++) {
                int end = -1;
                int begin = -1;
                for (String w : words) {
                    if (pos >= 0 && text.startsWith(w, pos)) {
                        end = Math.max(end, pos + w.length());
                    }
                    if (pos - w.length() >= 0 && pos <= text.length() && text.startsWith(w, pos - w.length())
                            && (begin < 0 || pos - w.length() < begin)) {
                        begin = pos - w.length();
                    }
                }
                assertThat(m.endAt(pos)).as("end of the longest entry at %d in %s", pos, text).isEqualTo(end);
                assertThat(m.beginAt(pos)).as("begin of the longest entry to %d in %s", pos, text).isEqualTo(begin);
                assertThat(m.entryAt(pos) == null ? null : m.entryAt(pos).key())
                        .isEqualTo(end < 0 ? null : text.substring(pos, end));
                assertThat(m.entryEndingAt(pos) == null ? null : m.entryEndingAt(pos).key())
                        .isEqualTo(begin < 0 ? null : text.substring(begin, pos));
            }
        }
    }

    private static final String LETTERS = "甲乙丙丁";

    private static List<String> allWords(int maxLength) {
        List<String> words = new ArrayList<>(List.of(""));
        List<String> all = new ArrayList<>();
        for (int length = 1; length <= maxLength; length++) {
            List<String> longer = new ArrayList<>();
            for (String w : words) {
                for (char c : LETTERS.toCharArray()) {
                    longer.add(w + c);
                }
            }
            all.addAll(longer);
            words = longer;
        }
        return all;
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withChars(LETTERS.toCharArray()).ofMinLength(1).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars((LETTERS + "，").toCharArray()).ofMaxLength(30);
    }
}
