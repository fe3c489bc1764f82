package io.github.tifa.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.PreparedCas;
import io.github.tifa.byline.BylineAnnotator;
import io.github.tifa.model.Layers;
import io.github.tifa.person.PersonAnnotator;
import io.github.tifa.type.OfficialTitle;

/** Made-up sentences for each title form: spans, post, organization and holders. */
class TitleAnnotatorTest {

    /** The page segmented by HanLP, then TitleAnnotator and the components that write its inputs, no other rule. */
    private static JCas annotate(String raw) throws Exception {
        return PreparedCas.segmented(raw, BylineAnnotator.class, PersonAnnotator.class, TitleAnnotator.class);
    }

    private static List<String> titles(String raw) throws Exception {
        JCas jcas = annotate(raw);
        return JCasUtil.select(jcas, OfficialTitle.class).stream().map(TitleAnnotatorTest::describe).toList();
    }

    /** covered text [organization|post] -> holders */
    private static String describe(OfficialTitle t) {
        return t.getCoveredText() + "[" + t.getOrganization() + "|" + t.getPost() + "]->"
                + String.join(",", Layers.holders(t).stream().map(p -> p.getCoveredText()).toList());
    }

    @Test
    void zonesRanksGroupsAndVillagesOfOtherNames() throws Exception {
        // 工业集中区 is a zone, 县处级 a rank, 讲师团 a party organ, 行政村 a village
        assertThat(titles("青岭工业集中区党工委书记林晓文到会。\n"))
                .containsExactly("青岭工业集中区党工委书记[青岭工业集中区党工委|书记]->林晓文");
        assertThat(titles("林晓、韩冬、欧阳青等县处级领导到会。\n"))
                .containsExactly("县处级领导[县处级|领导]->林晓,韩冬,欧阳青");
        assertThat(titles("上午，市委讲师团副团长孔丽到青禾镇宣讲。\n"))
                .containsExactly("市委讲师团副团长[市委讲师团|副团长]->孔丽");
        assertThat(titles("各行政村支部书记和镇机关干部一起学习。\n")).containsExactly("行政村支部书记[行政村支部|书记]->");
    }

    @Test
    void aSupplyCooperativeAndAMayorWhoseSurnameHanLpReadIntoTheYangtze() throws Exception {
        // 市供销社主任; 市长江立新: HanLP reads 市|长江|立|新, the post 市长 and the name 江立新
        assertThat(titles("市第二督导组组长、市供销社主任韩冬一行到青禾县检查。\n"))
                .containsExactly("市第二督导组组长[市第二督导组|组长]->韩冬", "市供销社主任[市供销社|主任]->韩冬");
        assertThat(titles("市委副书记、市长江立新出席。\n"))
                .containsExactly("市委副书记[市委|副书记]->江立新", "市长[|市长]->江立新");
        assertThat(titles("新华社长沙4月17日电（记者 林晓）17日，全省会议召开。\n")).isEmpty(); // no one named 沙
    }

    @Test
    void aMemberOfAnAssemblyOrItsDelegationWithoutLevelOrHolderIsNoTitle() throws Exception {
        // 广大政协委员, 代表团成员: membership, as 代表 is; 县政协委员, 常委会委员 and 政协委员林晓 stay titles
        assertThat(titles("会议号召广大政协委员积极建言，代表团成员认真审议报告。\n")).isEmpty();
        assertThat(titles("部分县政协委员和常委会委员参加视察。\n"))
                .containsExactly("县政协委员[县政协|委员]->", "常委会委员[常委会|委员]->");
        assertThat(titles("政协委员林晓发言。\n")).containsExactly("政协委员[政协|委员]->林晓");
        // 林晓委员工作室: the studio named after the member, no title; 行使好委员权力: the member's powers
        assertThat(titles("为林晓委员工作室、韩冬委员工作室揭牌。会议强调要维护委员权力。\n")).isEmpty();
        // 部分乡镇党委书记: some of the townships' secretaries, 部分 is no township's name
        assertThat(titles("农业局局长和部分乡镇党委书记参加了现场会。\n"))
                .containsExactly("农业局局长[农业局|局长]->", "乡镇党委书记[乡镇党委|书记]->");
    }

    @Test
    void aTermBetweenTheOrganAndThePostStaysInTheOrganisation() throws Exception {
        // 县工商联第三届主席: the term of the body whose post it is
        assertThat(titles("大会听取了县工商联第三届主席林晓文所作的报告。\n"))
                .containsExactly("县工商联第三届主席[县工商联第三届|主席]->林晓文");
        assertThat(titles("大会选举产生县工商联第四届执委。\n")).containsExactly("县工商联第四届执委[县工商联第四届|执委]->");
    }

    @Test
    void chainOfTitlesSharesTheHolderAtItsEnd() throws Exception {
        assertThat(titles("省委常委、省纪委书记、省监委主任夏红民出席会议并讲话。\n")).containsExactly(
                "省委常委[省委|常委]->夏红民", "省纪委书记[省纪委|书记]->夏红民", "省监委主任[省监委|主任]->夏红民");
    }

    @Test
    void aPostHeldConcurrentlyIsATitleOfItsOwn() throws Exception {
        // 兼: the same holder holds the next post too
        assertThat(titles("3月2日，青山区委副书记、区长兼开发区党工委书记林晓文到企业走访。\n")).containsExactly(
                "青山区委副书记[青山区委|副书记]->林晓文", "区长[|区长]->林晓文", "开发区党工委书记[开发区党工委|书记]->林晓文");
        assertThat(titles("市政协副主席兼秘书长韩冬出席。\n")).containsExactly(
                "市政协副主席[市政协|副主席]->韩冬", "秘书长[|秘书长]->韩冬");
    }

    @Test
    void aBarePostAfterAndForOrEach() throws Exception {
        assertThat(titles("会议选举了大会主席团和秘书长。\n")).containsExactly("秘书长[|秘书长]->");
        assertThat(titles("会议推选林晓文为副团长。\n")).containsExactly("副团长[|副团长]->林晓文");
        // 各副县长: the post names a class of holders (scheme v3), 各 is left out
        assertThat(titles("会议听取了各副县长的工作汇报。\n")).containsExactly("副县长[|副县长]->");
        // 各位委员 addresses the members, as 委员们 does; 各成员单位 are member units
        assertThat(titles("希望各位委员继续建言献策，各成员单位要加强配合。\n")).isEmpty();
    }

    @Test
    void aRankOfLeadersAfterTheirNamesIsATitle() throws Exception {
        assertThat(titles("林晓文、韩冬等县级领导出席会议。\n")).containsExactly("县级领导[县级|领导]->林晓文,韩冬");
        assertThat(titles("建立县级领导联系企业制度。\n")).isEmpty();
    }

    @Test
    void aRankOfLeadersIsAClassOfHoldersUnlessItQualifiesASystemOrTheirMeeting() throws Exception {
        // 县级领导 alone names the class (scheme v3), but not in a system founded for it or in its joint meeting
        assertThat(titles("会议要求，市级领导要带头走访联系的企业。\n")).containsExactly("市级领导[市级|领导]->");
        assertThat(titles("相关市级领导参加督导。\n")).containsExactly("市级领导[市级|领导]->");
        assertThat(titles("健全市级领导包联督导责任制。\n")).isEmpty();
        assertThat(titles("建立“三级书记抓安全”制度和市级领导联系责任制。\n")).isEmpty();
        assertThat(titles("8月1日，青山市举行市级领导联席（扩大）会。\n")).isEmpty();
    }

    @Test
    void offsetsOfATitleAfterPunctuation() throws Exception {
        JCas jcas = annotate("会上，县委副书记、县长蒋立华作报告。\n");
        List<OfficialTitle> titles = List.copyOf(JCasUtil.select(jcas, OfficialTitle.class));
        assertThat(titles).extracting(OfficialTitle::getCoveredText).containsExactly("县委副书记", "县长");
        assertThat(titles.get(0).getBegin()).isEqualTo(3);
        assertThat(titles.get(0).getEnd()).isEqualTo(8);
        assertThat(titles.get(1).getBegin()).isEqualTo(9);
        assertThat(titles.get(1).getEnd()).isEqualTo(11);
        assertThat(titles.get(1).getRule()).isEqualTo(TitleAnnotator.RULE_BARE_POST);
    }

    @Test
    void levelLeaderWithAListOfHolders() throws Exception {
        assertThat(titles("区领导杨小生、杨银轩参加活动。\n")).containsExactly("区领导[区|领导]->杨小生,杨银轩");
    }

    @Test
    void holderPrintedBeforeTheTitle() throws Exception {
        assertThat(titles("要深入学习贯彻习近平总书记重要讲话精神。\n")).containsExactly("总书记[|总书记]->习近平");
        assertThat(titles("座谈中，周建平书记强调要抓好落实。\n")).containsExactly("书记[|书记]->周建平");
    }

    @Test
    void organWithBracketedAlternative() throws Exception {
        assertThat(titles("县委委员、统战部（民宗局）部长何丽陪同。\n")).containsExactly(
                "县委委员[县委|委员]->何丽", "统战部（民宗局）部长[统战部（民宗局）|部长]->何丽");
    }

    @Test
    void rankTitleInsideADepartment() throws Exception {
        assertThat(titles("市委组织部二级巡视员张海涛宣读通知。\n"))
                .containsExactly("市委组织部二级巡视员[市委组织部|二级巡视员]->张海涛");
    }

    @Test
    void companyPostsAfterAPlaceNamedBank() throws Exception {
        assertThat(titles("青岛银行党委书记、董事长王建华介绍情况。\n")).containsExactly(
                "青岛银行党委书记[青岛银行党委|书记]->王建华", "董事长[|董事长]->王建华");
    }

    @Test
    void formerHolderPrefixStaysOutOfTheSpan() throws Exception {
        assertThat(titles("原党组书记、部长唐仁健严重违纪违法。\n")).containsExactly(
                "党组书记[党组|书记]->唐仁健", "部长[|部长]->唐仁健");
    }

    @Test
    void titlesWithoutHolders() throws Exception {
        assertThat(titles("法院院长、检察院检察长、公安分局局长列席会议。\n")).containsExactly(
                "法院院长[法院|院长]->", "检察院检察长[检察院|检察长]->", "公安分局局长[公安分局|局长]->");
    }

    @Test
    void leftEdgeNeverStartsMidClause() throws Exception {
        assertThat(titles("机关干部要深刻学习领会省委常委、宣传部部长陈华的讲话精神。\n")).containsExactly(
                "省委常委[省委|常委]->陈华", "宣传部部长[宣传部|部长]->陈华");
    }

    @Test
    void rolesGenericHoldersAndHonoursAreNotTitles() throws Exception {
        assertThat(titles("与会领导和企业负责人、有关负责同志及领导班子成员参加，两院院士和记者出席。\n")).isEmpty();
        assertThat(titles("省委常委会会议研究了城市长远发展规划。\n")).isEmpty();
    }

    @Test
    void organKnownOnlyByItsSuffixReachesTheLevelWordBeforeIt() throws Exception {
        // a company or a zone named by its own words from the clause's start
        assertThat(titles("出席签约的有，青禾集团董事长林晓文等企业代表。\n"))
                .containsExactly("青禾集团董事长[青禾集团|董事长]->林晓文");
        assertThat(titles("市委常委、茶叶加工园区党工委书记韩冬到会。\n"))
                .containsExactly("市委常委[市委|常委]->韩冬", "茶叶加工园区党工委书记[茶叶加工园区党工委|书记]->韩冬");
        assertThat(titles("出席的有，绿源农业科技有限公司总经理林晓。\n"))
                .containsExactly("绿源农业科技有限公司总经理[绿源农业科技有限公司|总经理]->林晓");
        assertThat(titles("同时公司董事长林晓文也参加。\n")).containsExactly("公司董事长[公司|董事长]->林晓文");
        // an organ of the lexicon opens a name known by its suffix as a level would (地委第二巡察组, 党工委宣教处)
        assertThat(titles("会上，地委第二巡察组组长林晓文作动员。\n"))
                .containsExactly("地委第二巡察组组长[地委第二巡察组|组长]->林晓文");
        assertThat(titles("市直机关党工委宣教处处长钱立新到会辅导。\n"))
                .containsExactly("市直机关党工委宣教处处长[市直机关党工委宣教处|处长]->钱立新");
        assertThat(titles("市老区建设促进会会长秦秀梅致辞。\n"))
                .containsExactly("市老区建设促进会会长[市老区建设促进会|会长]->秦秀梅");
        assertThat(titles("河北聚合新材料科技有限公司董事长刘一鸣介绍。\n"))
                .containsExactly("河北聚合新材料科技有限公司董事长[河北聚合新材料科技有限公司|董事长]->刘一鸣");
    }

    @Test
    void townshipNameBeforeItsLevelWord() throws Exception {
        assertThat(titles("在田间，贾宋镇惠丰种植专业合作社理事长滑玉坤说。\n"))
                .containsExactly("贾宋镇惠丰种植专业合作社理事长[贾宋镇惠丰种植专业合作社|理事长]->滑玉坤");
    }

    @Test
    void collectiveAfterAPostIsNoTitle() throws Exception {
        assertThat(titles("宁晋县委常委班子召开专题民主生活会。\n")).isEmpty();
        // the committee's enlarged meeting names its members' meeting, no post (青山县召开县委常委（扩大）会)
        assertThat(titles("青山县召开县委常委（扩大）会，研究春耕工作。\n")).isEmpty();
        assertThat(titles("青山县委召开常委扩大会议，研究春耕工作。\n")).isEmpty();
    }

    @Test
    void holderAfterDe() throws Exception {
        assertThat(titles("纪念时任中共内丘县委书记的卢廷杰烈士。\n"))
                .containsExactly("中共内丘县委书记[中共内丘县委|书记]->卢廷杰");
    }

    @Test
    void bracketedLevelAlternatives() throws Exception {
        assertThat(titles("各县（市、区）党委政法委书记参加。\n"))
                .containsExactly("县（市、区）党委政法委书记[县（市、区）党委政法委|书记]->");
    }

    @Test
    void listWithEtceteraDoesNotSwallowThePersonBeforeIt() throws Exception {
        assertThat(titles("会上，县长冉立新等县委常委逐一发言。\n"))
                .containsExactly("县长[|县长]->冉立新", "县委常委[县委|常委]->");
    }

    @Test
    void theLeadersListedWithTheirPostsBeforeEtceteraHoldTheLeadershipAfterIt() throws Exception {
        // 等县领导 names the leadership each listed leader belongs to (区领导赵鲁 holds 区领导), posts or not
        assertThat(titles("县委书记林晓文，县委副书记、县长周立新，县人大常委会主任赵明远等县领导出席。\n"))
                .contains("县领导[县|领导]->林晓文,周立新,赵明远");
        assertThat(titles("区委书记林晓文、区政协主席司马言等区四套班子领导参加。\n"))
                .contains("区四套班子领导[区四套班子|领导]->林晓文,司马言");
    }

    @Test
    void countedCategoryOfPeopleIsNoTitle() throws Exception {
        assertThat(titles("会上表彰了20名优秀村（社区）党组织书记。\n")).isEmpty();
    }

    @Test
    void aCountOfTheNamesListedBeforeItKeepsTheTitle() throws Exception {
        // 林晓文、…等5位原市级领导: 等 says the names before the count hold the post
        assertThat(titles("林晓文、司马言、欧阳青等3位原市级领导来到青山镇。\n"))
                .containsExactly("市级领导[市级|领导]->林晓文,司马言,欧阳青");
    }

    @Test
    void departmentKnownBySuffixAfterACountyLevel() throws Exception {
        assertThat(titles("县卫健局党组书记、局长谢玉兰介绍。\n")).containsExactly(
                "县卫健局党组书记[县卫健局党组|书记]->谢玉兰", "局长[|局长]->谢玉兰");
    }

    @Test
    void aTemporaryPartyBranchIsAnOrgan() throws Exception {
        // a delegation's branch set up for a session: 临时 is part of the organ's name
        assertThat(titles("会议选举林晓文为代表团临时党支部书记，周立新为临时党支部副书记。\n")).containsExactly(
                "代表团临时党支部书记[代表团临时党支部|书记]->林晓文", "临时党支部副书记[临时党支部|副书记]->周立新");
    }

    @Test
    void holdersAfterShiOrBeforeWei() throws Exception {
        assertThat(titles("第三次全体会议的执行主席是周明远、郑国平、余晓凌。\n"))
                .containsExactly("执行主席[|执行主席]->周明远,郑国平,余晓凌");
        assertThat(titles("会议依法选举吴祖德、唐林慧为区人大常委会副主任。\n"))
                .containsExactly("区人大常委会副主任[区人大常委会|副主任]->吴祖德,唐林慧");
        // a name after its own post is elected to another: it holds both (not the open list of 县长冉立新等县委常委)
        // appointed or elected to it, 同志 or not: 任, 担任, 兼任, 当选, 当选为 (APPOINTED_TO)
        assertThat(titles("会议通报了省委关于林晓峰同志任市委副书记的决定。\n"))
                .containsExactly("市委副书记[市委|副书记]->林晓峰");
        assertThat(titles("会议决定任命赵明远同志为县人民政府副县长。\n"))
                .containsExactly("县人民政府副县长[县人民政府|副县长]->赵明远");
        assertThat(titles("张卫东当选市人民政府市长。周海涛同志当选为镇人民政府镇长。\n"))
                .containsExactly("市人民政府市长[市人民政府|市长]->张卫东", "镇人民政府镇长[镇人民政府|镇长]->周海涛");
        assertThat(titles("会议决定，林晓峰兼任县委书记。\n")).containsExactly("县委书记[县委|书记]->林晓峰");
        assertThat(titles("会议推选州委书记林晓文为州代表团团长。\n"))
                .containsExactly("州委书记[州委|书记]->林晓文", "州代表团团长[州代表团|团长]->林晓文");
    }

    @Test
    void leadersOfAnOrganOrARankNamedAfterThem() throws Exception {
        assertThat(titles("区政协领导林秋燕、邓文涛出席会议。县级领导张亚琴、焦洪波参加。\n")).containsExactly(
                "区政协领导[区政协|领导]->林秋燕,邓文涛", "县级领导[县级|领导]->张亚琴,焦洪波");
        assertThat(titles("建立区级领导联系重点企业制度。\n")).isEmpty();
    }

    @Test
    void groupsAndTaskForcesAreOrgans() throws Exception {
        assertThat(titles("市人大常委会副主任、市防汛抗旱工作领导小组副组长周明远带队检查。\n")).containsExactly(
                "市人大常委会副主任[市人大常委会|副主任]->周明远",
                "市防汛抗旱工作领导小组副组长[市防汛抗旱工作领导小组|副组长]->周明远");
        assertThat(titles("省委第三巡视组组长韩雪到会指导。\n"))
                .containsExactly("省委第三巡视组组长[省委第三巡视组|组长]->韩雪");
    }

    // ---- forms of scheme v3 (issue "Real text, round 2"), made-up sentences

    @Test
    void aChiefEditorIsAPostOfTheNewspaperAfterAnEnumerationMark() throws Exception {
        assertThat(titles("在表彰会上，临沂日报社党委副书记、总编辑柳青山与村民座谈。\n")).containsExactly(
                "临沂日报社党委副书记[临沂日报社党委|副书记]->柳青山", "总编辑[|总编辑]->柳青山");
    }

    @Test
    void aLevelThatEndsAPronounIsNoPartOfTheOrganisation() throws Exception {
        // 我市|市委常委: 市 of 我市 is the paper's own city, the post's organisation begins after it
        assertThat(titles("我市市委常委林晓到青山镇调研。我县县委书记韩冬出席。\n"))
                .containsExactly("市委常委[市委|常委]->林晓", "县委书记[县委|书记]->韩冬");
    }
}
