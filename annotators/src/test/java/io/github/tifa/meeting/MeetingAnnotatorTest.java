package io.github.tifa.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.PreparedCas;
import io.github.tifa.type.Meeting;

/** Made-up sentences for every meetingType and each boundary rule. */
class MeetingAnnotatorTest {

    /** The page segmented by HanLP, then MeetingAnnotator and the components that write its inputs, no other rule. */
    private static JCas annotate(String raw) throws Exception {
        return PreparedCas.segmented(raw, MeetingAnnotator.class);
    }

    private static List<Meeting> meetings(String raw) throws Exception {
        JCas jcas = annotate(raw);
        return List.copyOf(JCasUtil.select(jcas, Meeting.class));
    }

    /** covered text [type held term session mode] */
    private static List<String> described(String raw) throws Exception {
        return meetings(raw).stream().map(m -> m.getCoveredText() + "[" + m.getMeetingType() + " " + m.getHeld()
                + " " + m.getTerm() + " " + m.getSession() + " " + m.getMode() + "]").toList();
    }

    @Test
    void partyCommitteeWithNumberingJoinedByJi() throws Exception {
        List<Meeting> m = meetings("3月2日，县委书记主持召开十三届县委常委会第133次会议暨经开区党工委会议。\n");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).getCoveredText()).isEqualTo("十三届县委常委会第133次会议暨经开区党工委会议");
        assertThat(m.get(0).getBegin()).isEqualTo(13);
        assertThat(m.get(0).getMeetingType()).isEqualTo("PARTY_COMMITTEE");
        assertThat(m.get(0).getTerm()).isEqualTo("十三届");
        assertThat(m.get(0).getSession()).isEqualTo("第133次");
        assertThat(m.get(0).getHeld()).isTrue();
        assertThat(m.get(0).getRule()).isEqualTo(MeetingAnnotator.RULE_JOINED);
    }

    @Test
    void aTermPrintedWithDiKeepsIt() throws Exception {
        assertThat(described("会议传达学习了青山市第十九届人民代表大会第四次会议精神。\n"))
                .containsExactly("青山市第十九届人民代表大会第四次会议[PLENARY false 第十九届 第四次 ]");
    }

    @Test
    void enlargedAndPolitburoMeetingsAreCommitteeMeetings() throws Exception {
        assertThat(described("3月5日，青山区委常委会(扩大)会议召开。\n")).singleElement().asString()
                .contains("[PARTY_COMMITTEE true");
        assertThat(described("4月9日，中共青禾地委（扩大）会议召开。\n")).singleElement().asString()
                .contains("[PARTY_COMMITTEE true");
        assertThat(described("会议传达学习了3月2日中共中央政治局会议精神。\n")).singleElement().asString()
                .startsWith("中共中央政治局会议[PARTY_COMMITTEE false");
        assertThat(described("5月6日，青禾地委召开第十二次委员(扩大)会议。\n")).singleElement().asString()
                .contains("[PARTY_COMMITTEE true");
        // 常委会议 for 常委会会议, 扩大 without brackets
        assertThat(described("6月2日，青山市委常委会议召开。\n")).singleElement().asString()
                .contains("[PARTY_COMMITTEE true");
        assertThat(described("7月8日，青禾县委召开常委扩大会议。\n")).singleElement().asString()
                .contains("[PARTY_COMMITTEE true");
    }

    @Test
    void aCountOfMeetingsOrAnAlternativeBeforeTheHeadIsNotPartOfIt() throws Exception {
        assertThat(described("近日，青山县召开多场座谈会，听取企业意见。\n")).singleElement().asString()
                .startsWith("座谈会[SYMPOSIUM");
        assertThat(described("县里还举行了一场座谈会。\n")).singleElement().asString().startsWith("座谈会[SYMPOSIUM");
        assertThat(described("各部门通过走访或座谈会等方式听取意见。\n")).singleElement().asString()
                .startsWith("座谈会[SYMPOSIUM");
        // 以 stays inside a name that opens with it
        assertThat(described("3月2日，青山县召开以案促改警示教育大会。\n")).singleElement().asString()
                .startsWith("以案促改警示教育大会[");
    }

    @Test
    void plenaryOnlyCited() throws Exception {
        assertThat(described("会议传达学习了中共江苏省纪委十四届三次全体会议精神。\n"))
                .containsExactly("中共江苏省纪委十四届三次全体会议[PLENARY false 十四届 三次 ]");
    }

    @Test
    void sessionsOfAnAssemblysStandingCommitteeArePlenary() throws Exception {
        // ANNOTATION-SCHEME v3: 人大 and 政协 standing committees hold plenary sessions; party committees do not
        assertThat(meetingTypes("会议审议了青山市人大常委会第十五次会议议程。\n")).containsExactly("PLENARY");
        assertThat(meetingTypes("政协青山省十一届十六次常委会议在省城开幕。\n")).containsExactly("PLENARY");
        assertThat(meetingTypes("3月2日，青山市委常委会第八次会议召开。\n")).containsExactly("PARTY_COMMITTEE");
        // a commission of a party committee is the party's: 市委…委员会第三次会议, 中央…委员会第二次会议
        assertThat(meetingTypes("会议传达学习了青山市委全面深化改革委员会第三次会议精神。\n")).containsExactly("PARTY_COMMITTEE");
        assertThat(meetingTypes("会议传达学习了中央财经委员会第二次会议精神。\n")).containsExactly("PARTY_COMMITTEE");
    }

    @Test
    void aStandingCommitteeNamesItsSittingWhenHeldOrNumbered() throws Exception {
        // 常委会 is the body; it names a sitting right after a verb of holding, or numbered by its session
        assertThat(described("市委书记林晓文主持召开市委常委会，研究部署防汛工作。\n"))
                .containsExactly("市委常委会[PARTY_COMMITTEE true   ]");
        assertThat(described("7月6日，区政协五届八次常委会召开。\n"))
                .containsExactly("区政协五届八次常委会[PLENARY true 五届 八次 ]");
        assertThat(described("县委书记林晓文主持召开县委常委(扩大)会，传达学习有关精神。\n"))
                .containsExactly("县委常委(扩大)会[PARTY_COMMITTEE true   ]");
        // numbered alone after the body that convenes it, it is that body's session; joined to a meeting by 暨, that meeting's
        assertThat(described("7月6日，区政协召开五届八次常委会。\n"))
                .containsExactly("五届八次常委会[PLENARY true 五届 八次 ]");
        assertThat(meetingTypes("林晓文主持召开县委常委(扩大)会暨春耕生产推进会。\n")).containsExactly("PROGRESS");
        // the body acting, its members, or the full name of its meeting: no sitting of its own
        assertThat(meetings("县委常委会研究决定，成立工作专班。省委常委会委员出席。\n")).isEmpty();
        assertThat(described("3月2日，青山市委常委会会议召开。\n")).singleElement().asString().startsWith("青山市委常委会会议[");
    }

    @Test
    void aPeoplesCongressIsTheLegislatureItsSessionsAreItsMeetings() throws Exception {
        // 人民代表大会 names the legislature, for a term too (第七届); its sessions are the meetings
        assertThat(meetings("政府每年向人民代表大会报告工作。青山市第九届人民代表大会共有代表286名。\n")).isEmpty();
        assertThat(described("青山市第七届人民代表大会第三次会议今天开幕。\n")).singleElement().asString()
                .startsWith("青山市第七届人民代表大会第三次会议[PLENARY");
        // a party's congress is a meeting
        assertThat(described("中国共产党青山市第五次代表大会今天开幕。\n")).singleElement().asString()
                .startsWith("中国共产党青山市第五次代表大会[PLENARY");
    }

    @Test
    void meetingsCountedOrStillUnnamedAreNone() throws Exception {
        // 各次, 下次, 后续 (UNSPECIFIC) name no one meeting, whatever the head; 以及 joins two objects
        assertThat(meetings("会议确定了各次全体会议的主持人。\n")).isEmpty();
        assertThat(meetings("报请下次会议审议。记者们将做好后续大会的采访。\n")).isEmpty();
        assertThat(meetings("会议研究了代表资格审查以及会议筹备事宜。\n")).isEmpty();
    }

    @Test
    void aHallOrASiteNamedAfterAMeetingIsNone() throws Exception {
        // 大会堂, 论坛网: the head goes on into a building's or a site's name (CONTINUES_HEAD)
        assertThat(described("青山市第五次代表大会在青山人民大会堂开幕。\n")).singleElement().asString()
                .startsWith("青山市第五次代表大会[");
        assertThat(meetings("活动由青山论坛网承办。\n")).isEmpty();
    }

    @Test
    void aColumnBarOrAVerbBeforeATermStopsTheName() throws Exception {
        // 两会快讯|市…会议: a bar separates a column's label; 拟提交|十四届…: the verb governs the name
        assertThat(described("两会快讯|市十届人大三次会议隆重开幕。\n")).singleElement().asString()
                .startsWith("市十届人大三次会议[");
        assertThat(described("会议讨论了拟提交十三届全国人大五次会议的建议。\n")).singleElement().asString()
                .startsWith("十三届全国人大五次会议[");
        // a county's name HanLP read as a verb (强县/v) before the term stays in the name
        assertThat(described("政协武强县第九届委员会第二次会议召开。\n")).singleElement().asString()
                .startsWith("政协武强县第九届委员会第二次会议[");
    }

    @Test
    void aBareSessionTakesItsTermFromTheBodyThatConvenesIt() throws Exception {
        assertThat(described("5月6日，青山县十九届人大常委会召开第二十六次会议。\n"))
                .containsExactly("第二十六次会议[PLENARY true 十九届 第二十六次 ]");
        assertThat(described("5月6日，县十九届人大三次会议主席团举行第二次会议。\n")).element(1).asString()
                .isEqualTo("第二次会议[EXECUTIVE true  第二次 ]");
    }

    @Test
    void aStudyWordWithItsObjectIsAVerb() throws Exception {
        // 专题学习习近平…, 集体学习《…》: the word is what the meeting did, not a meeting's name
        assertThat(described("会议专题学习习近平总书记关于安全生产的重要论述。\n")).isEmpty();
        assertThat(described("会上，集体学习《青山市安全生产条例》。\n")).isEmpty();
        assertThat(described("中心组举行专题学习，林晓文主持。\n")).singleElement().asString().startsWith("专题学习[STUDY");
    }

    @Test
    void anEnlargedPlenumIsPlenaryInEitherBrackets() throws Exception {
        assertThat(meetingTypes("会议传达学习了市委九届五次全体(扩大)会议精神。\n")).containsExactly("PLENARY");
        assertThat(meetingTypes("会议传达学习了县委三届七次全委（扩大）会议精神。\n")).containsExactly("PLENARY");
        assertThat(meetingTypes("会议传达学习了区委二届四次全委(扩大)会议精神。\n")).containsExactly("PLENARY");
        assertThat(meetingTypes("会议传达学习了县委十五届六次全委会议精神。\n")).containsExactly("PLENARY");
    }

    @Test
    void aSessionOfACongressByItsOrdinalIsPlenary() throws Exception {
        // the congress's ordinal is its term, the session's its session
        assertThat(described("会议传达了市第九次党代会第三次会议精神。\n"))
                .containsExactly("市第九次党代会第三次会议[PLENARY false 第九次 第三次 ]");
        assertThat(described("会议传达了省第十三次党代会精神。\n")).singleElement().asString()
                .startsWith("省第十三次党代会[PLENARY false  第十三次");
    }

    @Test
    void aBareSessionTakesItsTypeFromTheBodyThatConvenesIt() throws Exception {
        // 县人大常委会召开第二十六次会议: the session is the assembly standing committee's, a plenary one
        assertThat(meetingTypes("5月6日，青山县十九届人大常委会召开第二十六次会议。\n")).containsExactly("PLENARY");
        assertThat(meetingTypes("本报讯 昨天，政协第八届青山市委员会常务委员会召开第十二次会议。\n"))
                .containsExactly("PLENARY");
        assertThat(meetingTypes("5月6日，青山县委常委会召开第三十一次会议。\n")).containsExactly("PARTY_COMMITTEE");
        // a congress's presidium meets as an executive body (the readings of every round agree), named or convening
        assertThat(meetingTypes("5月6日，县十九届人大三次会议主席团举行第二次会议。\n")).containsExactly("PLENARY", "EXECUTIVE");
        assertThat(meetingTypes("青山县第九届人民代表大会二次会议主席团第二次会议举行。\n")).containsExactly("EXECUTIVE");
        // without such a body before the verb the session stays as it was
        assertThat(meetingTypes("5月6日，协会召开第二次会议。\n")).containsExactly("OTHER");
        // a standing committee's meeting named without its body: the assembly's that convenes it, or the party's
        assertThat(described("7月3日下午，青山区政协召开八届二十一次常委（扩大）会议。\n"))
                .containsExactly("八届二十一次常委（扩大）会议[PLENARY true 八届 二十一次 ]");
        assertThat(meetingTypes("12月5日，县政协召开第九届委员会第十三次常委会议。\n")).containsExactly("PLENARY");
        assertThat(meetingTypes("12月5日，区政协召开五届常委会第十四次会议。\n")).containsExactly("PLENARY");
        assertThat(meetingTypes("12月5日，县委召开十四届二十次常委（扩大）会议。\n")).containsExactly("PARTY_COMMITTEE");
    }

    @Test
    void theChairsMeetingOfAConferenceIsExecutiveAndItsMembersNoMeeting() throws Exception {
        assertThat(described("5月8日，青山市政协召开三届九次主席会议。\n")).singleElement().asString()
                .startsWith("三届九次主席会议[EXECUTIVE");
        assertThat(meetings("市政协主席林晓率主席会议成员出席。\n")).isEmpty();
    }

    @Test
    void aClassOnAStudiedPlenumIsAStudyClassWithNoTermOfItsOwn() throws Exception {
        // the plenum studied is the class's theme: its term and session are not the class's
        assertThat(described("3月8日，全市科级干部学习贯彻市委七届八次全会精神专题研讨班在市委党校开班。\n"))
                .containsExactly("全市科级干部学习贯彻市委七届八次全会精神专题研讨班[STUDY true   ]");
    }

    @Test
    void aNewYearGatheringAndABranchsElectionAreMeetings() throws Exception {
        // 团拜会 (OTHER), 选举大会 (PLENARY: the members elect their committee), as the readings give them
        assertThat(described("2月5日，青山镇举行新春团拜会。\n")).containsExactly("新春团拜会[OTHER true   ]");
        assertThat(meetingTypes("7月1日，青禾村召开村党支部换届选举大会。\n")).containsExactly("PLENARY");
    }

    @Test
    void aTimeOfTheMonthOrARelativeYearBeforeTheNameIsNoPartOfIt() throws Exception {
        // 确保11月初全县…推进会, 今年全县…推进会: the time is not part of the name (scheme v3)
        assertThat(described("为确保11月初全县秋粮收购推进会如期召开，调研组深入各乡镇。\n"))
                .containsExactly("全县秋粮收购推进会[PROGRESS false   ]");
        assertThat(described("调研组检查了今年全县秋粮收购推进会的筹备情况。\n"))
                .containsExactly("全县秋粮收购推进会[PROGRESS false   ]");
    }

    @Test
    void executiveMeeting() throws Exception {
        assertThat(described("市政府召开第28次常务会议，研究城市更新工作。\n"))
                .containsExactly("第28次常务会议[EXECUTIVE true  第28次 ]");
    }

    @Test
    void workConferenceAtTheStartOfASentence() throws Exception {
        assertThat(described("全市宣传思想文化工作会议在市会议中心召开。\n"))
                .containsExactly("全市宣传思想文化工作会议[WORK_CONFERENCE true   ]");
    }

    @Test
    void mobilization() throws Exception {
        assertThat(described("我县召开创建全国文明城市动员大会。\n"))
                .containsExactly("创建全国文明城市动员大会[MOBILIZATION true   ]");
    }

    @Test
    void progressMeetingsJoinedIntoOneEvent() throws Exception {
        assertThat(described("全市重点项目建设推进会暨营商环境现场观摩会在高新区召开。\n"))
                .containsExactly("全市重点项目建设推进会暨营商环境现场观摩会[PROGRESS true   ]");
    }

    @Test
    void symposiumAndASpecificTypeWordAlone() throws Exception {
        assertThat(described("区里召开民营企业家座谈会。在座谈会上，大家踊跃发言。\n"))
                .containsExactly("民营企业家座谈会[SYMPOSIUM true   ]", "座谈会[SYMPOSIUM true   ]");
    }

    @Test
    void studySession() throws Exception {
        assertThat(described("中共中央政治局第二次集体学习围绕数字经济展开。\n"))
                .containsExactly("中共中央政治局第二次集体学习[STUDY true  第二次 ]");
    }

    @Test
    void lifeMeetingAfterADemonstrative() throws Exception {
        assertThat(described("县委常委班子召开专题民主生活会。本次组织生活会准备充分。\n"))
                .containsExactly("专题民主生活会[LIFE_MEETING true   ]", "组织生活会[LIFE_MEETING true   ]");
    }

    @Test
    void ceremoniesJoinedAndAlone() throws Exception {
        assertThat(described("高新科技支行揭牌暨开业仪式在经开区举行。揭牌仪式后，双方签订协议。\n"))
                .containsExactly("高新科技支行揭牌暨开业仪式[CEREMONY true   ]", "揭牌仪式[CEREMONY true   ]");
    }

    @Test
    void commemoration() throws Exception {
        assertThat(described("全县召开优秀共产党员表彰大会。\n"))
                .containsExactly("优秀共产党员表彰大会[COMMEMORATION true   ]");
        assertThat(described("全县举行庆祝青山县人民代表大会成立65周年大会。\n"))
                .containsExactly("庆祝青山县人民代表大会成立65周年大会[COMMEMORATION true   ]"); // an anniversary
    }

    @Test
    void pressConferenceLeavesTheRelativeClauseOut() throws Exception {
        assertThat(described("在市政府新闻办举行的新闻通气会上，有关负责人介绍了情况。\n"))
                .containsExactly("新闻通气会[PRESS true   ]");
    }

    @Test
    void otherNamedMeetingWithMode() throws Exception {
        assertThat(described("全省安全生产电视电话会议召开。\n"))
                .containsExactly("全省安全生产电视电话会议[OTHER true   电视电话]");
        assertThat(described("全市防汛工作会议以视频形式召开。\n"))
                .containsExactly("全市防汛工作会议[WORK_CONFERENCE true   视频]");
        assertThat(described("全省防汛抗旱工作电视电话会议召开。\n"))
                .containsExactly("全省防汛抗旱工作电视电话会议[WORK_CONFERENCE true   电视电话]");
    }

    @Test
    void anaphoricBareHeadsAreNotNames() throws Exception {
        assertThat(meetings("会议指出，要抓好落实。会上，大家交流了经验。这次会议强调，要主持好大会。\n")).isEmpty();
    }

    @Test
    void visitsAreNotMeetings() throws Exception {
        assertThat(meetings("市委书记到企业调研考察，看望慰问一线职工。\n")).isEmpty();
    }

    @Test
    void headThatCutsAWordIsNoHead() throws Exception {
        assertThat(meetings("建立2级调度会商机制。\n")).isEmpty();
    }

    @Test
    void bracketedPlaceAndPersonInsideAName() throws Exception {
        assertThat(described("河北省（邢台）新能源装备中试基地揭牌仪式在开发区举行。\n"))
                .containsExactly("河北省（邢台）新能源装备中试基地揭牌仪式[CEREMONY true   ]");
        assertThat(described("全县举行卢廷杰烈士殉难80周年纪念大会。\n"))
                .containsExactly("卢廷杰烈士殉难80周年纪念大会[COMMEMORATION true   ]");
    }

    @Test
    void followUpMeetingAloneIsAMention() throws Exception {
        assertThat(described("视频会议结束后，随即召开续会。\n")).contains("续会[WORK_CONFERENCE true   ]");
    }

    @Test
    void conjunctionBeforeALevelWordEndsTheName() throws Exception {
        assertThat(described("研究优化营商环境和县十八届人大四次会议代表建议办理等工作。\n"))
                .containsExactly("县十八届人大四次会议[PLENARY false 十八届 四次 ]");
    }

    @Test
    void levelsSharingOneHeadAreOneName() throws Exception {
        List<Meeting> m = meetings("会议要求，认真贯彻落实全国、全省、全市组织部长会议精神，抓好干部队伍建设。\n");
        assertThat(m).extracting(Meeting::getCoveredText).containsExactly("全国、全省、全市组织部长会议");
        assertThat(m.get(0).getHeld()).isFalse();
    }

    @Test
    void aNameJoinedByJiGoesOnPastDeng() throws Exception {
        assertThat(meetings("3月1日，临河区春季植树造林暨森林防火等林业重点工作会议召开。\n"))
                .extracting(Meeting::getCoveredText).containsExactly("临河区春季植树造林暨森林防火等林业重点工作会议");
    }

    @Test
    void aDemonstrativeThatHanLpJoinsToThePrepositionStaysOut() throws Exception {
        assertThat(meetings("他希望县农商银行能够以此次普惠金融服务站揭牌仪式为契机，做好服务。\n"))
                .extracting(Meeting::getCoveredText).containsExactly("普惠金融服务站揭牌仪式");
    }

    @Test
    void partyCongressByItsShortName() throws Exception {
        List<Meeting> m = meetings("各级党组织要以学习宣传贯彻党的二十大精神为主线。\n");
        assertThat(m).extracting(Meeting::getCoveredText).containsExactly("党的二十大");
        assertThat(m.get(0).getMeetingType()).isEqualTo("PLENARY");
        assertThat(m.get(0).getSession()).isEqualTo("二十");
        assertThat(m.get(0).getHeld()).isFalse();
    }

    @Test
    void aSpeechAtAMeetingOnlyCitesIt() throws Exception {
        List<Meeting> m = meetings("会议传达学习了习近平总书记在中共中央政治局第三次集体学习时的重要讲话精神。\n");
        assertThat(m).extracting(Meeting::getCoveredText).containsExactly("中共中央政治局第三次集体学习");
        assertThat(m.get(0).getHeld()).isFalse();
    }

    @Test
    void theWayTheReportedMeetingWasHeldIsItsMode() throws Exception {
        List<Meeting> m = meetings("本报讯（记者 王五）4月2日，临河区安全生产工作会议召开。会议以电视电话形式召开，各乡镇设分会场。\n");
        assertThat(m).extracting(Meeting::getCoveredText).containsExactly("临河区安全生产工作会议");
        assertThat(m.get(0).getMode()).isEqualTo("电视电话");
    }

    @Test
    void aNameNeverStartsWithTheVerbsThatGovernIt() throws Exception {
        assertThat(meetings("会议集中学习了文件，审议通过临河区九届人大三次会议召开的时间。\n"))
                .extracting(Meeting::getCoveredText).containsExactly("临河区九届人大三次会议");
    }

    @Test
    void aGenericHeadAfterAVerbIsNoName() throws Exception {
        assertThat(meetings("希望全体代表集中精力开好会议，确保大会各项任务圆满完成。这是一次重要会议。\n")).isEmpty();
    }

    @Test
    void partyPlenumWithItsPrefixAndSharedOrdinals() throws Exception {
        assertThat(meetings("要深入贯彻党的十九届三中、四中、五中全会精神。\n"))
                .extracting(Meeting::getCoveredText).containsExactly("党的十九届三中、四中、五中全会");
    }

    @Test
    void aSessionOfACongressIsOneName() throws Exception {
        assertThat(meetings("12月26日，临河区第十届人民代表大会第三次会议举行预备会议。\n"))
                .extracting(Meeting::getCoveredText).containsExactly("临河区第十届人民代表大会第三次会议", "预备会议");
    }

    @Test
    void theCongressAsAnOrganOrItsDeputiesIsNoMeeting() throws Exception {
        assertThat(meetings("听取和审议临河区人民代表大会常务委员会工作报告；选举王五为市第十届人民代表大会代表。\n")).isEmpty();
    }

    // ---- forms of scheme v3 (issue "Real text, round 2"), made-up sentences

    @Test
    void aCalendarDateBeforeACitedMeetingIsNotPartOfIt() throws Exception {
        assertThat(meetings("会议传达学习了4月6日省委财经委员会第三次会议精神。\n")).extracting(Meeting::getCoveredText)
                .containsExactly("省委财经委员会第三次会议");
    }

    @Test
    void theClosingCeremonyOfACongressIsNoMeetingOfItsOwn() throws Exception {
        assertThat(meetings("他在县六届人大二次会议闭幕式上讲话。\n")).extracting(Meeting::getCoveredText)
                .containsExactly("县六届人大二次会议");
    }

    @Test
    void anAwardMeetingIsACommemoration() throws Exception {
        assertThat(described("12月3日，镇里召开乡村振兴先进典型表彰会。\n"))
                .containsExactly("乡村振兴先进典型表彰会[COMMEMORATION true   ]");
    }

    @Test
    void aMeetingAsTheFormOfTakingPartIsNoMeeting() throws Exception {
        assertThat(meetings("各部门负责人在分会场以视频会议形式参加。\n")).isEmpty();
    }

    @Test
    void aLeadingGroupsMeetingIsSectoralAndASymposiumMayBeCalledAMeeting() throws Exception {
        assertThat(meetingTypes("3月2日，县委召开全县河长制领导小组会议。\n")).containsExactly("WORK_CONFERENCE");
        assertThat(meetingTypes("会议传达了全省民营企业家座谈会议精神。\n")).containsExactly("SYMPOSIUM");
    }

    private static List<String> meetingTypes(String raw) throws Exception {
        return meetings(raw).stream().map(Meeting::getMeetingType).toList();
    }
    @Test
    void theSessionOfSittingsThatShareTheHeadIsTheirList() throws Exception {
        assertThat(described("会议学习了省委十一届五次、六次全会精神。\n"))
                .containsExactly("省委十一届五次、六次全会[PLENARY false 十一届 五次、六次 ]");
        assertThat(described("会议研究了青山县五届人大常委会第11、12次会议议程。\n"))
                .containsExactly("青山县五届人大常委会第11、12次会议[PLENARY false 五届 第11、12次 ]");
    }
}
