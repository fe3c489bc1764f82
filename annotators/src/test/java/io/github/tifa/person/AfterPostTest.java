package io.github.tifa.person;

import static io.github.tifa.person.PersonPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code person.after-post} alone. */
class AfterPostTest {
    private final AfterPost rule = new AfterPost();

    @Test
    void aNameRightAfterAPostEndsWhereTheVerbBegins() throws Exception {
        assertThat(proposed(rule, "管委会/nt 主任/n 郑是/nr 瑜/ng 主持/v 会议/n 。/w")).containsExactly("郑是瑜");
    }

    @Test
    void noNameWhereNoSurnameFollowsThePost() throws Exception {
        assertThat(proposed(rule, "管委会/nt 主任/n 主持/v 会议/n 。/w")).isEmpty();
    }
}
