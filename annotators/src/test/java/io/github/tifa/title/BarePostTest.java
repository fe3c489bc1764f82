package io.github.tifa.title;

import static io.github.tifa.title.TitlePages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code title.bare-post} alone. */
class BarePostTest {
    private final BarePost rule = new BarePost();

    @Test
    void aPostAloneBeforeItsHolderOrAfterPunctuation() throws Exception {
        assertThat(proposed(rule, "会上/t ，/w 局长/n 王明/nr 讲话/v ，/w 原/b 主任/n 李华/nr 出席/v 。/w", "王明", "李华"))
                .containsExactly("局长", "主任");
    }

    @Test
    void notAPostInsideASentenceWithNoHolder() throws Exception {
        assertThat(proposed(rule, "他/r 向/p 局长/n 汇报/v 工作/vn 。/w")).isEmpty();
    }

    @Test
    void anActingPostKeepsItsWord() throws Exception {
        assertThat(proposed(rule, "，/w 代/v 秘书长/n 林晓/nr 出席/v 。/w", "林晓")).containsExactly("代秘书长");
    }

    @Test
    void theDirectorOfAFarmOrAStation() throws Exception {
        assertThat(proposed(rule, "场长/nnt 欧阳青/nr 、/w 副场长/nnt 司马言/nr 等/udeng 领导/n 陪同/v 。/w", "欧阳青", "司马言"))
                .containsExactly("场长", "副场长");
    }

    @Test
    void aBranchPostStandsOnlyAfterItsOrgan() throws Exception {
        // 组织委员 alone is 组织 (organise) and 委员 (members): not the branch's post
        assertThat(proposed(rule, "等/udeng 内容/n ，/w 组织委员/n 开展/v 调研/vn 。/w")).doesNotContain("组织委员");
        assertThat(proposed(rule, "，/w 组织委员/n 林晓/nr 出席/v 。/w", "林晓")).doesNotContain("组织委员");
    }

    @Test
    void anActingPostSpelledOut() throws Exception {
        // 代理主任 as 代主任: the acting word stays in the post
        assertThat(proposed(rule, "副主任/nnt 、/w 代理/vn 主任/nnt 林晓/nr 出席/v 。/w", "林晓")).contains("代理主任");
    }

    @Test
    void aMembersPostAloneNeedsItsHolderNextToIt() throws Exception {
        // 委员, 成员: held by many; alone after a mark they are the members in general (代表、委员风采)
        assertThat(proposed(rule, "展现/v 代表/n 、/w 委员/n 风采/n 。/w")).isEmpty();
        assertThat(proposed(rule, "，/w 委员/n 林晓/nr 发言/v 。/w 司马言/nr 委员/n 提出/v 。/w", "林晓", "司马言"))
                .containsExactly("委员", "委员");
        assertThat(proposed(rule, "选举/v 主任/n 、/w 副主任/n 、/w 委员/n 名单/n 。/w")).contains("委员"); // a list of posts
        assertThat(proposed(rule, "选举/v 副主任/n 和/c 委员/n 。/w")).contains("委员");
    }
    @Test
    void theDeputyOfACommissarOrACommanderIsOnePost() throws Exception {
        assertThat(proposed(rule, "，/w 副/b 政委/n 韩冬/nr 、/w 副/b 司令员/n 林晓/nr 出席/v 。/w", "韩冬", "林晓"))
                .containsExactly("副政委", "副司令员");
    }
}
