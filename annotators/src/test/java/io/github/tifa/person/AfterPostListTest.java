package io.github.tifa.person;

import static io.github.tifa.person.PersonPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code person.after-post-list} alone. */
class AfterPostListTest {
    private final AfterPostList rule = new AfterPostList();

    @Test
    void theNamesOfTheListAfterTheFirst() throws Exception {
        assertThat(proposed(rule, "区/n 领导/n 赵德林/nr 、/w 吴海峰/nr 、/w 孙丽/nr 参加/v 。/w"))
                .containsExactly("吴海峰", "孙丽");
    }

    @Test
    void notAfterANameWithNoPostBefore() throws Exception {
        assertThat(proposed(rule, "赵德林/nr 、/w 吴海峰/nr 参加/v 。/w")).isEmpty();
    }

    @Test
    void namesWithTheCommonSurnamesAThinListMissed() throws Exception {
        // 傅 is among the hundred most frequent surnames
        assertThat(proposed(rule, "县/n 领导/n 林晓文/nr 、/w 傅立常/nr 、/w 施美红/nr 参加/v 。/w"))
                .containsExactly("傅立常", "施美红");
    }
}
