package io.github.tifa.meeting;

import static io.github.tifa.meeting.MeetingPages.READING;
import static io.github.tifa.meeting.MeetingPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code meeting.qualified-head} alone. */
class QualifiedHeadTest {
    private final QualifiedHead rule = new QualifiedHead(READING);

    @Test
    void theNameReachesLeftToTheWordThatIntroducesIt() throws Exception {
        assertThat(proposed(rule, "3月8日/t ，/w 县委/nt 召开/v 全县/n 项目/n 建设/vn 推进会/n 。/w"))
                .containsExactly("全县项目建设推进会");
    }

    @Test
    void aDateOpeningTheNameIsLeftOut() throws Exception {
        assertThat(proposed(rule, "传达/v 学习/v 3月8日/t 省委/nt 常委会/n 会议/n 精神/n 。/w"))
                .containsExactly("省委常委会会议");
    }

    @Test
    void aGenericHeadAloneOrAfterADemonstrativeIsNoName() throws Exception {
        assertThat(proposed(rule, "会议/n 强调/v ，/w 这次/r 会议/n 很/d 重要/a 。/w")).isEmpty();
    }

    @Test
    void aMeetingsWholeNameInQuotationMarks() throws Exception {
        // 举办第三次“县政协委员季度座谈会”: the quotation is the meeting's own name; “两会” alone stays a quoted term
        assertThat(proposed(rule, "县/n 政协/nis 举办/v 第三/mq 次/qv “/w 县/n 政协委员/nnt 季度/n 座谈会/n ”/w 。/w"))
                .containsExactly("县政协委员季度座谈会");
        assertThat(proposed(rule, "开好/v 市/n “/w 两会/n ”/w 。/w")).isEmpty();
    }

    @Test
    void aVerbalNounBeforeTheOrganiserGovernsTheName() throws Exception {
        // 等形式督查|县委农村工作会议: what the inspectors check, no part of the name
        assertThat(proposed(rule, "通过/p 座谈/vn 等/udeng 形式/n 督查/vn 县委/nis 农村/n 工作/vn 会议/n 落实/v 情况/n 。/w"))
                .containsExactly("县委农村工作会议");
    }

    @Test
    void anOathTakingOnTheConstitution() throws Exception {
        assertThat(proposed(rule, "，/w 进行/vn 了/ule 表态/vi 发言/vi 和/cc 宪法/n 宣誓/vi 仪式/n 。/w")).containsExactly("宪法宣誓仪式");
    }

    @Test
    void anEmergencyMeetingNamedByItsSector() throws Exception {
        // 全县抗旱紧急会议 (HanLP: 紧急/a 会议/n): an adjective of urgency is part of the name
        assertThat(proposed(rule, "，/w 全县/n 抗旱/vn 紧急/a 会议/n 在/p 县委/nis 召开/v 。/w")).containsExactly("全县抗旱紧急会议");
    }

    @Test
    void aStudyWordRightAfterAVerbOfHoldingOpensTheName() throws Exception {
        // 召开学习体会交流会: after 召开 the name starts right there, 学习 and all
        assertThat(proposed(rule, "下午/t 召开/v 学习/v 体会/n 交流会/n 。/w")).containsExactly("学习体会交流会");
    }

    @Test
    void aVerbOfHoldingGluedToTheOrganisersLevelAfterAPreposition() throws Exception {
        // 关于召开|县政协…会议的决定: HanLP reads 召开县 as one word; the name starts at the level
        assertThat(proposed(rule, "会议/n 讨论/v 了/ule 关于/p 召开县/ns 人大/nis 十/m 届/q 三/m 次/qv 会议/n 的/ude1 安排/vn 。/w"))
                .containsExactly("县人大十届三次会议");
    }

    @Test
    void aGenericHeadAfterVerbsOrAWholeIsNoName() throws Exception {
        // 要认真筹备会议: preparing the meeting; 整个会议: the whole of the one just spoken of
        assertThat(proposed(rule, "要/v 认真/ad 筹备/vn 会议/n ，/w 要/v 依法/d 筹备/vn 会议/n 。/w")).isEmpty();
        assertThat(proposed(rule, "代表/nnt 们/k 都/d 觉得/v 整个/b 会议/n 紧凑/a 。/w")).isEmpty();
        assertThat(proposed(rule, "要/v 筹备/vn 好/a 县/n 第五次/m 党代会/n 。/w")).containsExactly("县第五次党代会");
    }

    @Test
    void twoOrganisersOfOneKindShareTheHead() throws Exception {
        assertThat(proposed(rule, "传达/v 省委/nt 和/c 市委/nt 全会/n 精神/n 。/w")).containsExactly("省委和市委全会");
        assertThat(proposed(rule, "优化/v 营商/vn 环境/n 和/c 县/n 九届/m 人大/nt 三次/m 会议/n 。/w"))
                .containsExactly("县九届人大三次会议");
    }

    @Test
    void aVerbBeforeTheOrganiserIsLeftOutUnlessAnOrganiserPrecedesIt() throws Exception {
        assertThat(proposed(rule, "各/r 部门/n 要/v 切实/ad 做好/v 县/n 第五次/m 党代会/n 的/uj 筹备/vn 工作/vn 。/w"))
                .containsExactly("县第五次党代会");
        assertThat(proposed(rule, "组织/v 收看/v 收听/v 全县/n 招商/vn 引资/vn 大会/n 。/w")).containsExactly("全县招商引资大会");
        assertThat(proposed(rule, "召开/v 青山/ns 高新区/n 创建/v 全国/n 文明/nz 城市/n 动员/vn 会议/n 。/w"))
                .containsExactly("青山高新区创建全国文明城市动员会议");
    }

    @Test
    void aVerbBeforeAnOrganiserReadAsOneInstitutionWordIsLeftOut() throws Exception {
        // HanLP tags 市委, 区委 as institution words (nis); with their level they are organisers all the same
        assertThat(proposed(rule, "林晓文/nr 就/d 修改/v 完善/v 市委/nis 九/m 届/q 三/m 次/qv 全会/n 报告/n 提出/v 意见/n 。/w"))
                .containsExactly("市委九届三次全会");
        assertThat(proposed(rule, "报告/n 拟/v 提交/v 区委/nis 常委/nnt 会议/n 研究/v 。/w")).containsExactly("区委常委会议");
        assertThat(proposed(rule, "组织/v 各/rz 部门/n 结合/v 县委/nis 全会/n 精神/n 部署/v 任务/n 。/w")).containsExactly("县委全会");
    }

    @Test
    void aVerbAfterThePersonWhoActsIsLeftOut() throws Exception {
        // a name before the verb is its subject, not an organiser (青山高新区创建… keeps its verb)
        assertThat(proposed(rule, "副区长/nnt 林晓文/nr 通报/v 区/n 十二/m 届/q 人大/nis 三/m 次/qv 会议/n 情况/n 。/w"))
                .containsExactly("区十二届人大三次会议");
    }

    @Test
    void aDocumentTitleOrAQuotedThemeBeforeTheQualifierStaysInTheName() throws Exception {
        assertThat(proposed(rule, "召开/v 青山市/ns 《/w 政府/nis 工作报告/v 》/w 征求/v 意见/n 座谈会/n 。/w"))
                .containsExactly("青山市《政府工作报告》征求意见座谈会");
        assertThat(proposed(rule, "参加/v 市委/nis “/w 优化/v 营商/vn 环境/n 、/w 提升/v 服务/vn 效能/n ”/w 电视电话会议/n 。/w"))
                .containsExactly("市委“优化营商环境、提升服务效能”电视电话会议");
        assertThat(proposed(rule, "他/rr 说/v ：/w “/w 要/v 抓好/v 落实/v 。/w ”/w 会议/n 强调/v")).isEmpty();
    }

    @Test
    void organisersListedWithAnEnumerationMarkShareTheHead() throws Exception {
        assertThat(proposed(rule, "贯彻/v 省/n 第/mq 九/m 次/qv 、/w 市/n 第/mq 九/m 次/qv 党代会/nis 和/cc 省委/nis 、/w 市委/nis 农村/n 工作/vn 会议/n 精神/n 。/w"))
                .containsExactlyInAnyOrder("省第九次、市第九次党代会", "省委、市委农村工作会议");
    }

    @Test
    void theConferencesFullNameIsAnOrganiserNotAMeeting() throws Exception {
        assertThat(proposed(rule, "出席/v 中国人民政治协商会议/n 青山市/ns 第/mq 五/m 届/q 委员会/nis 第/mq 三/m 次/qv 会议/n 。/w"
                + "中国人民政治协商会议/n 成立/v 。/w")).containsExactly("中国人民政治协商会议青山市第五届委员会第三次会议");
    }

    @Test
    void aHeadInsideAQuotationIsAQuotedTermNotAName() throws Exception {
        assertThat(proposed(rule, "市委/nis 六/m 届/q 三/m 次/qv 全会/n 和/cc 市/n “/w 两会/n ”/w 圆满/a 闭幕/vi 后/f 。/w"))
                .containsExactly("市委六届三次全会");
    }

    @Test
    void aPrepositionBeforeTheNameIsLeftOut() throws Exception {
        // 林晓就县委全会…作说明, 青山县关于全县项目推进会筹备情况: 就 and 关于 introduce the name
        assertThat(proposed(rule, "。/w 林晓/nr 就/p 县委/nt 全会/n 报告/n 作/v 说明/v 。/w"))
                .containsExactly("县委全会");
        assertThat(proposed(rule, "听取/v 青山县/ns 关于/p 全县/n 项目/n 推进会/n 筹备/vn 情况/n 。/w"))
                .containsExactly("全县项目推进会");
        assertThat(proposed(rule, "根据/p 县委/nt 全会/n 部署/vn ，/w 按照/p 全县/n 项目/n 推进会/n 的/ude1 要求/n 。/w"))
                .containsExactlyInAnyOrder("县委全会", "全县项目推进会");
    }

    @Test
    void aTimeOfDayBeforeTheNameAndASystemAfterItAreNoPartOfIt() throws Exception {
        // 当天下午县代表团召开预备会议, 完善县人民代表大会制度 (建议 stays: 代表建议座谈会)
        assertThat(proposed(rule, "。/w 当天/t 下午/t 县/n 代表团/n 预备会议/n 召开/v 。/w")).containsExactly("县代表团预备会议");
        assertThat(proposed(rule, "坚持/v 和/c 完善/v 县/n 人民代表大会/nt 制度/n 。/w")).isEmpty();
    }

    @Test
    void aCongressAndItsSessionAreOneMeetingWithOrWithoutDi() throws Exception {
        assertThat(proposed(rule, "1月16日/t ，/w 青山县/ns 第九届/m 人民代表大会/nt 二次/m 会议/n 开幕/v 。/w"))
                .containsExactly("青山县第九届人民代表大会二次会议");
    }

    @Test
    void aPreparatoryMeetingOfANamedMeetingIsOneName() throws Exception {
        assertThat(proposed(rule, "青山县/ns 第九届/m 人民代表大会/nt 二次/m 会议/n 预备会/n 召开/v 。/w"))
                .containsExactly("青山县第九届人民代表大会二次会议预备会");
        assertThat(proposed(rule, "召开/v 两市/n 第五次/m 联席/vn 会议/n 预备会议/n 。/w")).containsExactly("两市第五次联席会议预备会议");
    }

    @Test
    void aCommitteeNamedByItsTaskKeepsItsVerb() throws Exception {
        // 委员会 is an institution's suffix: the verb before it names the committee, it governs no meeting
        assertThat(proposed(rule, "在/p 青山/ns 全面/ad 深化改革/v 委员会/nis 第/mq 四/m 次/qv 会议/n 上/f 讲话/v 。/w"))
                .containsExactly("青山全面深化改革委员会第四次会议");
    }

    @Test
    void relevantMeetingsNameNone() throws Exception {
        // 有关会议, 相关会议: the meetings concerned, no one meeting
        assertThat(proposed(rule, "传达/v 学习/v 中央/n 、/w 省/n 有关/vn 会议/n 精神/n ，/w 上级/n 相关/v 会议/n 精神/n 。/w")).isEmpty();
    }

    @Test
    void aCongressWhoseCommitteeFollowsIsNoMeeting() throws Exception {
        assertThat(proposed(rule, "通过/v 青山市/ns 第四届/m 人民代表大会/nt 法制/n 委员会/nis 主任委员/nnt 名单/n 。/w")).isEmpty();
    }

    @Test
    void aStopWordStopsTheNameWhereHanLpGluedItToTheLevel() throws Exception {
        // HanLP reads 召开县 and 的市 as places; the name starts after 召开 and 的 all the same
        assertThat(proposed(rule, "青山/n 县/n 召开县/ns 政府/nis 工作/vn 例会/n")).containsExactly("县政府工作例会");
        assertThat(proposed(rule, "今天/t 在/p 青山/ns 举行/v 的市/ns 十二/m 届/q 人大常委会/nis 第/mq 九/m 次/qv 会议/n 闭幕/v 。/w"))
                .containsExactly("市十二届人大常委会第九次会议");
        assertThat(proposed(rule, "区长/nnt 林晓/nr 主持/v 召开/v 区政府/n 常务会/n ，/w 研究/v 工作/vn 。/w")).containsExactly("区政府常务会");
    }

    @Test
    void aNameNeverReachesBackOverADateline() throws Exception {
        assertThat(proposed(rule, "本报讯/nz 市/n 十二/m 届/q 人大常委会/nis 第/mq 九/m 次/qv 会议/n 今天/t 闭幕/v 。/w"))
                .containsExactly("市十二届人大常委会第九次会议");
    }

    @Test
    void aCongressWhosePresidiumFollowsNamesTheBody() throws Exception {
        // 《某某市人民代表大会主席团议事办法》: the presidium, a standing body, not a meeting
        assertThat(proposed(rule, "学习/v 《/w 青山市/ns 人民代表大会/nt 主席团/n 议事/vn 办法/n 》/w 。/w")).isEmpty();
    }

    @Test
    void aConjunctionInsideAPlacesNameIsNoConjunction() throws Exception {
        // 青和县: 和 inside the county's name (HanLP's word starts before it); 环境和县…: 和 joins two objects
        assertThat(proposed(rule, "，/w 青和/nz 县政协/n 九/m 届/q 二/m 次/qv 会议/n 闭幕/vi 。/w")).containsExactly("青和县政协九届二次会议");
        assertThat(proposed(rule, "优化/v 营/n 商/vg 环境/n 和县/ns 九/m 届/q 人大/nis 三/m 次/qv 会议/n")).containsExactly("县九届人大三次会议");
    }

    @Test
    void aMeetingOfASessionsBodyTakesInTheSessionsName() throws Exception {
        // the presidium or the delegations' conveners meet during a session: one meeting, named by both
        assertThat(proposed(rule, "青山县/ns 第九届/m 人民代表大会/nt 二次/m 会议/n 主席团/n 第二/m 次/qv 会议/n 举行/v 。/w"))
                .containsExactly("青山县第九届人民代表大会二次会议主席团第二次会议");
        assertThat(proposed(rule, "县/n 第五次/m 党代会/n 各/rz 代表团/n 召集人/n 会议/n 召开/v 。/w"))
                .containsExactly("县第五次党代会各代表团召集人会议");
    }

    @Test
    void aStudyGroupsStudyMeetingKeepsItsWholeName() throws Exception {
        assertThat(proposed(rule, "召开/v 市政协/n 党组/nis 理论/n 学习/v 中心组/nis 学习/v （/w 扩大/v ）/w 会议/n 。/w"))
                .containsExactly("市政协党组理论学习中心组学习（扩大）会议");
    }

    @Test
    void submittingToAMeetingIsNoPartOfItsName() throws Exception {
        // HanLP tags 报 (submit to) a noun
        assertThat(proposed(rule, "决定/v 报/n 市委/nis 常委/nnt 会议/n 审议/v 。/w")).containsExactly("市委常委会议");
    }

    @Test
    void aVerbRightBeforeABareHeadIsNoPartOfIt() throws Exception {
        // 把握全会精神: the verb governs the plenum
        // the bare 全会 is left to meeting.type-word
        assertThat(proposed(rule, "要/v 准确/a 把握/v 全会/n 精神/n ，/w 吃透/v 全会/n 精神/n 。/w")).isEmpty();
        assertThat(proposed(rule, "贯彻/v 省委/nis 十届/m 八次/m 全会/n 精神/n 。/w")).containsExactly("省委十届八次全会");
    }

    @Test
    void countedMeetingsAreNoOneMeeting() throws Exception {
        // 召开了3次全体会议: how many, not which; a meeting's own number stays (37次常委会会议, 县政协九届四次会议)
        assertThat(proposed(rule, "代表团/n 召开/v 了/ule 3/m 次/qv 全体/n 会议/n 。/w")).isEmpty();
        assertThat(proposed(rule, "三/m 届/q 县委/nis 召开/v 37/m 次/qv 常委会/n 会议/n 。/w")).containsExactly("37次常委会会议");
        assertThat(proposed(rule, "出席/v 县/n 政协/nis 九/m 届/q 四/m 次/qv 会议/n 。/w")).containsExactly("县政协九届四次会议");
    }

    @Test
    void aCelebrationOfAnInstitutionsFoundingIsOneName() throws Exception {
        // 人民代表大会成立: the congress as an institution, founded; the celebration is the meeting
        assertThat(proposed(rule, "出席/v 庆祝/v 青山县/ns 人民代表大会/nt 成立/v 65/m 周年/q 大会/n 。/w"))
                .containsExactly("庆祝青山县人民代表大会成立65周年大会");
        assertThat(proposed(rule, "学习/v 讲话/n 、/w 庆祝/v 青山县/ns 人民代表大会/nt 成立/v 65/m 周年/q 大会/n 讲话/n 。/w"))
                .containsExactly("庆祝青山县人民代表大会成立65周年大会");
    }

    @Test
    void aClassOnTheStudyOfAThemeNamesTheThemeAndWhoStudiesIt() throws Exception {
        // 某某学习贯彻 X 精神专题研讨班: the theme and those who study it are the class's name, the meeting in the
        // theme no meeting of its own
        assertThat(proposed(rule, "参加/v 全市/n 科级/b 干部/n 学习/v 贯彻/v 市委/nis 七届/m 八次/m 全会/n 精神/n 专题/n 研讨班/n 。/w"))
                .containsExactly("全市科级干部学习贯彻市委七届八次全会精神专题研讨班");
        assertThat(proposed(rule, "在/p 全县/n 青年/n 干部/n 学习/v 贯彻/v 林某/nr 在/p 青山/ns 调研/vn 时/ng 的/ude1 重要/a 讲话/n"
                + " 精神/n 集中/v 轮训班/n 上/f 的/ude1 讲话/n")).containsExactly("全县青年干部学习贯彻林某在青山调研时的重要讲话精神集中轮训班");
        assertThat(proposed(rule, "召开/v 学习/v 贯彻/v 新/a 思想/n 主题/n 教育/vn 会议/n 。/w"))
                .containsExactly("学习贯彻新思想主题教育会议");
    }

    @Test
    void aThemeEndsRightBeforeTheClassOrItsKind() throws Exception {
        // 全会精神和全国两会: a second meeting after the theme, not a class on it
        assertThat(proposed(rule, "传达/v 学习/v 省委/nis 全会/n 精神/n 和/c 全国/n 两会/n 精神/n 。/w"))
                .containsExactly("全国两会", "省委全会");
    }

    @Test
    void aVerbThatAdvisesOrDecidesTheMeetingIsNoPartOfItsName() throws Exception {
        // 会议建议|市十五届人大常委会…, 会议决定|青山市…, 践行|中共…全会: the meeting's agenda or its spirit governed
        assertThat(proposed(rule, "会议/n 建议/n 市/n 十六/m 届/q 人大常委会/nis 第/mq 七/m 次/qv 会议/n 于/p 5月/t 举行/v 。/w"))
                .containsExactly("市十六届人大常委会第七次会议");
        assertThat(proposed(rule, "会议/n 决定/v 青山市/ns 东岭区/ns 第/mq 八/m 届/q 人民/n 代表大会/n 第/mq 五/m 次/qv 会议/n 于/p 3月/t 召开/v 。/w"))
                .containsExactly("青山市东岭区第八届人民代表大会第五次会议");
        assertThat(proposed(rule, "要/v 践行/nz 中共/n 青山/ns 市委/nis 七届/m 三次/m 全会/n 精神/n")).containsExactly("中共青山市委七届三次全会");
    }

    @Test
    void theCentreListedBeforeOtherOrganisersSharesTheirHead() throws Exception {
        // 中央和省、县农村工作会议: the centre (a SCOPE) before a level or a place shares the head with them; a time
        // before it (近期, 近日) is no part of the name
        assertThat(proposed(rule, "学习/v 中央/n 和/c 省/n 、/w 县/n 农村/n 工作/vn 会议/n 的/ude1 部署/vn 。/w"))
                .containsExactly("中央和省、县农村工作会议");
        assertThat(proposed(rule, "传达/v 了/ule 近期/t 中央/n 及/c 青山市/ns 乡村/n 振兴/vn 工作/vn 会议/n 精神/n 。/w"))
                .containsExactly("中央及青山市乡村振兴工作会议");
    }
    @Test
    void twoQualifiersJoinedByAndNameOneMeetingAfterTheVerbThatHoldsIt() throws Exception {
        assertThat(proposed(rule, "青山/n 县/n 召开/v 侨界/n 委员/nnt 和/cc 港澳/n 代表/nnt 座谈会/n 。/w"))
                .containsExactly("侨界委员和港澳代表座谈会");
        assertThat(proposed(rule, "2/m 日/b ，/w 全市/n 春季/t 植树/v 与/cc 森林/n 防火/vn 工作/vn 会议/n 召开/v 。/w"))
                .containsExactly("全市春季植树与森林防火工作会议");
    }

    @Test
    void andBetweenAMeetingOrADocumentAndTheNextMeetingJoinsTwoObjects() throws Exception {
        assertThat(proposed(rule, "传达/v 了/ule 全国/n 两会/n 和/cc 全省/n 宣传/vn 工作/vn 会议/n 精神/n 。/w"))
                .containsExactly("全省宣传工作会议", "全国两会");
        assertThat(proposed(rule, "听取/v 了/ule 县政府/n 工作报告/v 和/cc 全县/n 森林/n 防火/vn 工作/vn 会议/n 情况/n 。/w"))
                .containsExactly("全县森林防火工作会议");
    }
    @Test
    void whoAnnouncesTheMeetingIsNoPartOfItsName() throws Exception {
        assertThat(proposed(rule, "9/m 时/qt ，/w 林晓/nr 宣布/v 青山/n 市/n 第/mq 九/m 届/q 人大/n 第/mq 七/m 次/qv 会议/n 开幕/vi 。/w"))
                .containsExactly("青山市第九届人大第七次会议");
    }
    @Test
    void reportingToTheAssemblySinceAMeetingIsNoPartOfItsName() throws Exception {
        // 向大会报告|县政协…会议以来: HanLP tags 报告 a noun, but it governs what follows
        assertThat(proposed(rule, "林晓/nr 向/p 大会/n 报告/n 县政协/n 九/m 届/q 三/m 次/qv 会议/n 以来/f 的/ude1 履职/vn 情况/n 。/w"))
                .containsExactly("县政协九届三次会议");
    }
    @Test
    void aVerbThatSubmitsToASittingOrAnAdverbBeforeAHeadUsedAsAVerbIsNoPartOfTheName() throws Exception {
        assertThat(proposed(rule, "决定/v 将/d 该/rz 议案/n 提交/v 常委会/nis 第/mq 十二/m 次/qv 会议/n 审议/v 。/w"))
                .containsExactly("常委会第十二次会议");
        assertThat(proposed(rule, "会议/n 还/d 专题/n 学习/v 了/ule 有关/vn 文件/n 。/w")).isEmpty();
    }
    @Test
    void twoSittingsOfOneTermShareTheHead() throws Exception {
        // 五次、六次全会 as 三中、四中全会: the sittings share the term and the head
        assertThat(proposed(rule, "会议/n 学习/v 了/ule 省委/nis 十一届/n 五/m 次/qv 、/w 六/m 次/qv 全会/n 精神/n 。/w"))
                .containsExactly("省委十一届五次、六次全会");
    }
    @Test
    void sittingsNumberedInOneListBeforeOneCountWordShareTheHead() throws Exception {
        // 第11、12次会议: the numbers share 次 and the head
        assertThat(proposed(rule, "研究/vn 了/ule 青山/n 县/n 五/m 届/q 人大常委会/nis 第/mq 11/m 、/w 12/m 次/qv 会议/n 议程/n ，/w "
                + "建议/n 第/mq 11/m 、/w 12/m 次/qv 会议/n 分别/d 于/p 月底/t 召开/v 。/w"))
                .containsExactlyInAnyOrder("青山县五届人大常委会第11、12次会议", "第11、12次会议");
        assertThat(proposed(rule, "审议/v 县政协/n 第/mq 十一/m 、/w 十二/m 次/qv 常委/nnt 会议/n 报告/n 。/w"))
                .containsExactly("县政协第十一、十二次常委会议");
    }
    @Test
    void aStudyCommitteeIsPartOfTheNameAndListeningToAMeetingGovernsIt() throws Exception {
        // 学习委员会: a CPPCC committee, whose 学习 is no verb that stops the name; 聆听 governs the meeting heard
        assertThat(proposed(rule, "，/w 区政协/n 社区/n 学习/v 委员会/nis 联络/vn 座谈会/n 在/p 青山/ns 召开/v 。/w"))
                .containsExactly("区政协社区学习委员会联络座谈会");
        assertThat(proposed(rule, "秘书长/nnt 林晓/nr 聆听/v 报告会/n 。/w")).isEmpty(); // the head alone: meeting.type-word
    }
}
