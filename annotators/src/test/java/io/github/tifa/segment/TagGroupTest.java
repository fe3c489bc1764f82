package io.github.tifa.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tag groups read from hanlp_tag_groups.txt: longest listed prefix decides, ! excludes, = is exact. */
class TagGroupTest {

    @Test
    void theLongestListedPrefixDecides() {
        assertThat(TagGroup.COMMON_WORD.has("nnt")).isTrue(); // n
        assertThat(TagGroup.COMMON_WORD.has("nt")).isTrue();
        assertThat(TagGroup.COMMON_WORD.has("nz")).isFalse(); // !nz
        assertThat(TagGroup.COMMON_WORD.has("nrf")).isFalse(); // !nr
        assertThat(TagGroup.COMMON_WORD.has("w")).isFalse();
        assertThat(TagGroup.GOVERNS_OBJECT.has("vi")).isTrue();
        assertThat(TagGroup.GOVERNS_OBJECT.has("vn")).isFalse(); // !vn
    }

    @Test
    void anExactEntryTakesThatTagOnly() {
        assertThat(TagGroup.INTRODUCING_VERB.has("v")).isTrue();
        assertThat(TagGroup.INTRODUCING_VERB.has("vi")).isTrue();
        assertThat(TagGroup.INTRODUCING_VERB.has("vn")).isFalse();
        assertThat(TagGroup.PLAIN_VERB.has("vi")).isFalse();
    }

    @Test
    void noTagIsInNoGroup() {
        for (TagGroup g : TagGroup.values()) {
            assertThat(g.has("")).as("%s", g).isFalse();
        }
    }
}
