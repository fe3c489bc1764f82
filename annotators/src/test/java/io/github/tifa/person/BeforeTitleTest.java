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
}
