package io.github.tifa.title;

import static io.github.tifa.title.TitlePages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code title.organ-post} alone. */
class OrganPostTest {
    private final OrganPost rule = new OrganPost();

    @Test
    void thePostWithItsOrganisationReadLeftwards() throws Exception {
        assertThat(proposed(rule, "省委/nt 书记/n 王明/nr 、/w 市/n 审批/vn 服务/vn 局/n 局长/n 李华/nr 出席/v 。/w",
                "王明", "李华")).containsExactly("省委书记", "市审批服务局局长");
    }

    @Test
    void notACountedCategoryNorAPostWithoutOrganisation() throws Exception {
        assertThat(proposed(rule, "表彰/v 20/m 名/q 优秀/a 村/n 党组织/n 书记/n ，/w 书记/n 王明/nr 讲话/v 。/w", "王明"))
                .isEmpty();
    }

    @Test
    void postsOfBannersMilitaryDistrictsAndDevelopmentZones() throws Exception {
        assertThat(proposed(rule, "，/w 政府/nt 副旗长/n 林晓/nr 陪同/v 。/w", "林晓")).containsExactly("政府副旗长");
        assertThat(proposed(rule, "，/w 济宁/ns 军分区/n 政委/n 林晓/nr 陪同/v 。/w", "林晓")).containsExactly("济宁军分区政委");
        assertThat(proposed(rule, "，/w 经济开发区/n 党工委/nt 书记/n 林晓/nr 陪同/v 。/w", "林晓"))
                .containsExactly("经济开发区党工委书记");
    }

    @Test
    void aFormerPostKeepsItsWordBetweenOrganAndPost() throws Exception {
        assertThat(proposed(rule, "，/w 区/n 人大/nt 原/b 主任/n 林晓/nr 出席/v 。/w", "林晓")).containsExactly("区人大原主任");
    }

    @Test
    void aDepartmentsHeadWhoseOrganAndPostShareTheirCharacter() throws Exception {
        // 宣传部长 = 宣传部 + 部长: the organ's last character is the post's first
        assertThat(proposed(rule, "市委/nt 常委/n 、/w 宣传部长/n 林晓/nr 出席/v 。/w", "林晓")).containsExactly("市委常委", "宣传部长");
        assertThat(proposed(rule, "青山镇/ns 武装部长/n 林晓/nr 带队/v 。/w", "林晓")).containsExactly("青山镇武装部长");
    }

    @Test
    void democraticPartiesCongressBodiesPrefecturesAndDelegations() throws Exception {
        assertThat(proposed(rule, "，/w 民革/n 市委会/nis 主委/nnt 欧阳青/nr 、/w 民盟/n 市委会/nis 副主委/nnt 司马言/nr 发言/vi 。/w",
                "欧阳青", "司马言")).containsExactly("民革市委会主委", "民盟市委会副主委");
        assertThat(proposed(rule, "大会/n 执行主席/nnt 欧阳青/nr 主持/v 会议/n 。/w", "欧阳青")).containsExactly("大会执行主席");
        assertThat(proposed(rule, "会议/n ，/w 地委/nis 书记/nnt 欧阳青/nr 主持/v 会议/n 。/w", "欧阳青")).containsExactly("地委书记");
        assertThat(proposed(rule, "推选/v 欧阳青/nr 为/p 济宁/nsf 地区/n 代表团/n 团长/nnt 。/w", "欧阳青"))
                .containsExactly("济宁地区代表团团长");
    }

    @Test
    void aBranchPostAfterItsOrgan() throws Exception {
        assertThat(proposed(rule, "，/w 镇/n 党委/nt 组织/v 委员/n 林晓/nr 主持/v 会议/n 。/w", "林晓"))
                .containsExactly("镇党委组织委员");
    }

    @Test
    void theExecutiveChairOfAPresidium() throws Exception {
        assertThat(proposed(rule, "，/w 大会/n 主席团/n 常务/b 主席/n 林晓/nr 主持/v 会议/n 。/w", "林晓"))
                .containsExactly("大会主席团常务主席");
    }

    @Test
    void aTownshipNamedAfterTheWordThatIntroducesItsHolder() throws Exception {
        // 选举林晓为青禾镇镇长: 为 introduces the post, the township's name follows it
        assertThat(proposed(rule, "选举/v 林晓/nr 为/p 青禾镇/ns 镇长/n ，/w 司马言/nr 为/p 青禾/nz 镇/n 副镇长/n 。/w",
                "林晓", "司马言")).containsExactly("青禾镇镇长", "青禾镇副镇长");
        assertThat(proposed(rule, "任命/v 林晓/nr 为/p 石岭/nz 乡/n 人民政府/nt 副乡长/n 。/w", "林晓"))
                .containsExactly("石岭乡人民政府副乡长");
        // 由 introduces the chair: not part of a township's name
        assertThat(proposed(rule, "。/w 会议/n 由/p 镇/n 党委/nt 组织/v 委员/n 林晓/nr 主持/v 。/w", "林晓"))
                .containsExactly("镇党委组织委员");
    }

    @Test
    void neverFromInsideAName() throws Exception {
        // 欧阳平|和: 平和 is a county's short name, but its 平 ends the holder's name and 和 joins the next title
        assertThat(proposed(rule, "，/w 主任/n 欧阳平/nr 和/c 副主任/n 林晓/nr 出席/v 。/w", "欧阳平", "林晓")).isEmpty();
        assertThat(proposed(rule, "，/w 副县长/n 林晓/nr 、/w 县/n 法院/nt 院长/n 司马言/nr 出席/v 。/w", "林晓", "司马言"))
                .containsExactly("县法院院长");
        // 林晓|和县法院: 和 after a name joins two persons; 和县 is a county only where no name precedes it
        assertThat(proposed(rule, "，/w 副县长/n 林晓/nr 和/c 县/n 法院/nt 院长/n 司马言/nr 出席/v 。/w", "林晓", "司马言"))
                .containsExactly("县法院院长");
        assertThat(proposed(rule, "，/w 和县/ns 法院/nt 院长/n 司马言/nr 出席/v 。/w", "司马言")).containsExactly("和县法院院长");
    }

    @Test
    void theHeadsOfPapersStationsAndUniversities() throws Exception {
        assertThat(proposed(rule, "，/w 青州/ns 理工/n 大学/n 校长/n 林晓/nr 出席/v 。/w", "林晓")).containsExactly("青州理工大学校长");
        assertThat(proposed(rule, "，/w 青州/ns 日报社/nt 社长/n 林晓/nr 、/w 青州/ns 日报/n 副总编/n 司马言/nr 出席/v 。/w",
                "林晓", "司马言")).containsExactly("青州日报社社长", "青州日报副总编");
        assertThat(proposed(rule, "，/w 新华社/nt 青州/ns 分社/n 社长/n 林晓/nr 出席/v 。/w", "林晓")).containsExactly("新华社青州分社社长");
    }

    @Test
    void theOfficeThatOpensAClauseBeforeItsPartyGroup() throws Exception {
        // 局党组书记、局长: the bureau the article is about, named by its last character alone
        assertThat(proposed(rule, "。/w 局/n 党组/nis 书记/nnt 、/w 局长/nnt 林晓/nr 讲话/v 。/w", "林晓")).containsExactly("局党组书记");
        assertThat(proposed(rule, "。/w 当/p 局/n 党组/nis 书记/nnt 林晓/nr 讲话/v 。/w", "林晓")).containsExactly("党组书记");
    }

    @Test
    void commandersOfHeadquartersChiefStatisticiansAndDisciplineSecretaries() throws Exception {
        assertThat(proposed(rule, "，/w 县/n 防汛/vn 抗旱/vn 指挥部/nis 指挥长/n 林晓/nr 、/w 副总指挥/n 司马言/nr 出席/v 。/w",
                "林晓", "司马言")).containsExactly("县防汛抗旱指挥部指挥长");
        assertThat(proposed(rule, "，/w 县/n 统计局/nis 总统计师/n 林晓/nr 、/w 县/n 扶贫办/n 纪检/vn 书记/n 司马言/nr 出席/v 。/w",
                "林晓", "司马言")).containsExactly("县统计局总统计师", "县扶贫办纪检书记");
    }

    @Test
    void actingPostsSpelledOutZonesOfIndustryAndStandingDeputiesOfSchools() throws Exception {
        assertThat(proposed(rule, "，/w 县/n 产业/n 集聚区/n 管委会/nis 主任/nnt 林晓/nr 陪同/v 。/w", "林晓"))
                .containsExactly("县产业集聚区管委会主任");
        assertThat(proposed(rule, "，/w 原/b 江西/ns 省委/nis 党校/n 常务/b 副校长/nnt 林晓/nr 陪同/v 。/w", "林晓"))
                .containsExactly("江西省委党校常务副校长");
    }

    @Test
    void aLeadingGeIsLeftOut() throws Exception {
        // scheme v3: 各乡镇党委书记 gives 乡镇党委书记
        assertThat(proposed(rule, "负责人/n 及/c 各/rz 乡镇/n 书记/nnt 陪同/v 调研/vn 。/w")).containsExactly("乡镇书记");
    }

    @Test
    void aVerbOrAWordOfTimeBeforeATownshipsLevelNamesNoTownship() throws Exception {
        // 青山镇听取镇领导汇报: 听取 is what the town does; 最后镇党委副书记: 最后 says when
        assertThat(proposed(rule, "会议/n 最后/f 镇/n 党委/nis 副书记/nnt 林晓/nr 作/v 总结/v 。/w", "林晓"))
                .containsExactly("镇党委副书记");
        assertThat(proposed(rule, "青山/ns 镇/n 听取/v 镇/n 党委/nis 书记/nnt 林晓/nr 汇报/v 。/w", "林晓"))
                .containsExactly("镇党委书记");
        assertThat(proposed(rule, "，/w 贾宋/nr 镇/n 党委/nis 书记/nnt 林晓/nr 陪同/v 。/w", "林晓")).containsExactly("贾宋镇党委书记");
        assertThat(proposed(rule, "，/w 省/n 派驻/v 市县/n 第二/m 督导组/n 组长/nnt 林晓/nr 陪同/v 。/w", "林晓"))
                .containsExactly("省派驻市县第二督导组组长"); // 派驻 names the group
    }

    @Test
    void aPostWhoseFirstCharacterHanLpReadWithTheOrgansLast() throws Exception {
        // 巡察组组长: HanLP reads 组组|长, the organ's 组 and the post's 组 as one word
        assertThat(proposed(rule, "会上/n ，/w 市委/nis 第一/mq 巡察/nz 组组/q 长/a 林晓/nr 讲话/n 。/w", "林晓"))
                .containsExactly("市委第一巡察组组长");
    }

    @Test
    void aVerbalNounBeforeALevelEndsTheOrganisation() throws Exception {
        // 全县上下广泛宣传县委书记: what the county or its papers do is no part of the organ's name, whatever HanLP's tag
        assertThat(proposed(rule, "全县/n 上下/f 广泛/ad 宣传/vn 县委/nis 书记/nnt 林晓/nr 的/ude1 讲话/n 。/w", "林晓"))
                .containsExactly("县委书记");
        assertThat(proposed(rule, "全市/n 媒体/n 宣传/vn 县委/nis 书记/nnt 林晓/nr 的/ude1 讲话/n 。/w", "林晓"))
                .containsExactly("县委书记");
    }

    @Test
    void aTownshipsNameAfterAnAdverbOrAWordOfTime() throws Exception {
        // 随后青溪镇镇长: 随后 says when; the two characters after it name the town
        assertThat(proposed(rule, "随后/d 青溪/n 镇/n 镇长/nnt 林晓/nr 介绍/v 情况/n 。/w", "林晓")).containsExactly("青溪镇镇长");
        assertThat(proposed(rule, "之后/f 石岭/n 乡/n 党委/nis 书记/nnt 林晓/nr 讲话/v 。/w", "林晓")).containsExactly("石岭乡党委书记");
    }

    @Test
    void aCommunitysNameBeforeItsPost() throws Exception {
        // 幸福社区书记: 社区 is an organ and a level both; the two characters before it name the community
        assertThat(proposed(rule, "副主任/nnt 赵明远/nr 、/w 幸福/n 社区/n 书记/nnt 林晓/nr 参加/v 。/w", "赵明远", "林晓"))
                .containsExactly("幸福社区书记");
    }

    @Test
    void theShortNamesOfMassOrganisations() throws Exception {
        // 社科联, 文联, 作协, 科协, 侨联, 残联, 工商联: how papers print the federations' names
        assertThat(proposed(rule, "，/w 市/n 社科联/n 主席/nnt 林晓/nr 、/w 县/n 文联/n 主席/nnt 司马言/nr 出席/v 。/w", "林晓", "司马言"))
                .containsExactly("市社科联主席", "县文联主席");
    }

    @Test
    void theShortNameOfACommitteeOrOfficeThatOpensItsClauseOrListItem() throws Exception {
        // 提案委主任, 党政办主任: 提案委员会, 党政办公室, named short, after a comma or 、 and before the post
        assertThat(proposed(rule, "，/w 提案/n 委/n 主任/nnt 林晓/nr 、/w 教卫/n 委/n 副主任/nnt 司马言/nr 出席/v 。/w", "林晓", "司马言"))
                .containsExactly("提案委主任", "教卫委副主任");
        assertThat(proposed(rule, "镇/n 党委/nis 委员/nnt 、/w 党政办/n 主任/nnt 林晓/nr 出席/v 。/w", "林晓"))
                .containsExactly("镇党委委员", "党政办主任");
        // a committee's short name runs to five characters, its one-character words whatever HanLP tags them (教|科|卫|体委)
        assertThat(proposed(rule, "市政协/nt 常委/nnt 、/w 教/v 科/n 卫/ng 体委/j 主任/nnt 林晓/nr 出席/v 。/w", "林晓"))
                .contains("教科卫体委主任");
        // levels in brackets before it are read on as for any organ
        assertThat(proposed(rule, "，/w 县/n （/w 市/n 、/w 区/n ）/w 新闻办/n 主任/nnt 林晓/nr 出席/v 。/w", "林晓"))
                .containsExactly("县（市、区）新闻办主任");
        // a verb before the office's last character names no office: the post stays bare (not this rule's)
        assertThat(proposed(rule, "，/w 听取/v 办/n 主任/nnt 林晓/nr 汇报/v 。/w", "林晓")).isEmpty();
    }

    @Test
    void committeesKnownByTheirShortNames() throws Exception {
        // 法工委 (法制工作委员会), 关工委 (关心下一代工作委员会), 妇委会: not 工委 alone
        assertThat(proposed(rule, "青山区/ns 人大常委会/nis 副主任/nnt 、/w 法/n 工委/nis 主任/nnt 林晓/nr 出席/v 。/w", "林晓"))
                .containsExactly("青山区人大常委会副主任", "法工委主任");
        assertThat(proposed(rule, "各/rz 乡/n （/w 镇/n ）/w 关工委/nis 主任/nnt 、/w 县/n 妇委会/nis 主任/nnt 参加/v 。/w"))
                .containsExactly("乡（镇）关工委主任", "县妇委会主任");
    }
}
