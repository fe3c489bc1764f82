package io.github.tifa.title;

import static io.github.tifa.title.TitlePages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code title.level-leader} alone. */
class LevelLeaderTest {
    private final LevelLeader rule = new LevelLeader();

    @Test
    void aLevelBeforeLeaderIsATitle() throws Exception {
        assertThat(proposed(rule, "区/n 领导/n 王明/nr 、/w 李华/nr 出席/v 。/w", "王明", "李华")).containsExactly("区领导");
    }

    @Test
    void leadersOfNoLevelOrARankWithoutANameAreNot() throws Exception {
        assertThat(proposed(rule, "与会/v 领导/n 参观/v ，/w 建立/v 区级/b 领导/n 联系/v 企业/n 制度/n 。/w")).isEmpty();
    }

    @Test
    void underTheLeadershipOfACommitteeIsNoPost() throws Exception {
        // 在县委领导下: 领导 is the committee's leadership (在 … LED_BY 下), not its leaders
        assertThat(proposed(rule, "在/p 县委/nis 领导/n 下/f ，/w 全县/n 干部/n 团结/a 奋斗/v 。/w")).isEmpty();
        // but leaders who go down (下基层) are the committee's leaders
        assertThat(proposed(rule, "县委/nis 领导/n 下/v 基层/n 调研/v 。/w")).containsExactly("县委领导");
        // 党组织领导下的…机制: what stands under the leadership, 在 or not
        assertThat(proposed(rule, "健全/v 村/n 党组织/nis 领导/n 下/f 的/ude1 村民/n 自治/vn 机制/n 。/w")).isEmpty();
    }

    @Test
    void aLevelAndTheNameOfItsLeadershipGroupQuotedOrNot() throws Exception {
        assertThat(proposed(rule, "区/n 四套班子/n 领导/n 出席/v 。/w")).containsExactly("区四套班子领导");
        assertThat(proposed(rule, "林栋/nr 等/u 县/n “/w 四大家/n ”/w 领导/n 参加/v 。/w", "林栋"))
                .containsExactly("县“四大家”领导");
    }

    @Test
    void leadersWhoseMeetingIsNamedAreNoTitle() throws Exception {
        assertThat(proposed(rule, "主持/v 召开/v 市/n “/w 四大家/n ”/w 领导/n 工作/vn 会议/n ，/w 区/n 领导/n 联席/vn 会议/n 召开/v 。/w")).isEmpty();
    }

    @Test
    void threeOrFiveLeadershipGroupsAsWellAsFour() throws Exception {
        assertThat(proposed(rule, "县/n 五大班子/n 领导/n 欧阳青/nr 、/w 司马言/nr 出席/v 。/w", "欧阳青", "司马言"))
                .containsExactly("县五大班子领导");
        assertThat(proposed(rule, "镇/n 三套班子/n 领导/n 参加/v 。/w")).containsExactly("镇三套班子领导");
    }

    @Test
    void thePrincipalLeadersOfALevelOrAGroup() throws Exception {
        // 主要 stays in the organisation, the post is 领导
        assertThat(proposed(rule, "县/n 四大班子/n 主要/b 领导/n 和/c 部门/n 负责人/n 到场/v 。/w")).containsExactly("县四大班子主要领导");
        assertThat(proposed(rule, "林晓/nr 率/v 市委/nt 主要/b 领导/n 到/v 企业/n 调研/vn 。/w", "林晓")).containsExactly("市委主要领导");
        assertThat(proposed(rule, "会议/n 要求/v 主要/b 领导/n 亲自/d 抓/v 。/w")).isEmpty();
    }

    @Test
    void theRankOfABannerOrAPrefectureWithItsLeadersNamed() throws Exception {
        assertThat(proposed(rule, "旗/n 级/q 领导/n 张继文/nr 、/w 史志良/nr 参加/v 。/w", "张继文", "史志良")).containsExactly("旗级领导");
        assertThat(proposed(rule, "州/n 级/q 领导/n 张继文/nr 出席/v 。/w", "张继文")).containsExactly("州级领导");
    }
}
