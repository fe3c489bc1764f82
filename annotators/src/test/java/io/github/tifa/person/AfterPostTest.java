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

    @Test
    void aNameEndsBeforeTheVerbThatFollowsIt() throws Exception {
        assertThat(proposed(rule, "会上/t ，/w 总编辑/n 刘铎做/nr 了/ul 工作/vn 总结/vn 。/w")).containsExactly("刘铎");
        assertThat(proposed(rule, "听取/v 副理事长/n 钱洪所/nr 作/v 的/uj 报告/n 。/w")).containsExactly("钱洪");
    }
}
