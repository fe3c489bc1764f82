package io.github.tifa.person;

import static io.github.tifa.person.PersonPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code person.before-title} alone. */
class BeforeTitleTest {
    private final BeforeTitle rule = new BeforeTitle();

    @Test
    void aNameRightBeforeTongzhi() throws Exception {
        assertThat(proposed(rule, "，/w 方志远/nr 同志/n 讲话/v 。/w")).containsExactly("方志远");
    }

    @Test
    void notAWordThatIsNoName() throws Exception {
        assertThat(proposed(rule, "，/w 广大/b 同志/n 参加/v 。/w")).isEmpty();
    }

    @Test
    void notWhenAWordThatFollowsNamesStandsBetween() throws Exception {
        // 王南在主席台就座: 在 follows the name, so 主席 (of 主席台) is no title after it
        assertThat(proposed(rule, "、/w 王南/nr 在/p 主席台/n 就座/v 。/w")).isEmpty();
        assertThat(proposed(rule, "、/w 王/nr 南在/nr 主席台/n 就座/v 。/w")).isEmpty();
    }
}
