package io.github.tifa.meeting;

import static io.github.tifa.PreparedCas.run;
import static io.github.tifa.PreparedCas.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.type.Meeting;

/** Held or only cited, decided from the clause that reports the meeting (hand-made tokens). */
class HeldOrCitedTest {

    private static List<String> held(String spec) throws Exception {
        JCas jcas = run(tokens(spec), MeetingAnnotator.class);
        return JCasUtil.select(jcas, Meeting.class).stream().map(m -> m.getCoveredText() + "=" + m.getHeld()).toList();
    }

    @Test
    void aMeetingHeldInItsClauseAndNamedAgainLater() throws Exception {
        assertThat(held("3月5日/t ，/w 县委/nt 召开/v 全县/n 项目/n 建设/vn 推进会/n 。/w 全县/n 项目/n 建设/vn 推进会/n 为期/v 一天/m 。/w"))
                .containsExactly("全县项目建设推进会=true", "全县项目建设推进会=true");
        assertThat(held("全县/n 项目/n 建设/vn 推进会/n 在/p 青山/ns 举行/v 。/w")).containsExactly("全县项目建设推进会=true");
        assertThat(held("他/r 在/p 全县/n 项目/n 建设/vn 推进会/n 上/f 强调/v 。/w")).containsExactly("全县项目建设推进会=true");
        assertThat(held("中心组/n 围绕/p 乡村/n 振兴/vn 开展/v 专题/n 学习/v 。/w")).containsExactly("专题学习=true");
    }

    @Test
    void aMeetingWhosePapersAreStillDraftsIsToCome() throws Exception {
        // 审议县政协九届三次会议召开日期的建议（草案）: the session's papers are drafts, the session is still to come
        assertThat(held("审议/v 县/n 政协/nis 九届/m 三次/m 会议/n 召开/v 日期/n 的/ude1 建议/n （/w 草案/n ）/w ；/w "
                + "审议/v 县/n 政协/nis 九届/m 三次/m 会议/n 议程/n （/w 草案/n ）/w 。/w"))
                .containsExactly("县政协九届三次会议=false", "县政协九届三次会议=false");
        // a session reported held earlier on the page that adopts a draft to put before its plenary still sits
        assertThat(held("县/n 人大/nis 十届/m 三次/m 会议/n 举行/v 预备/vn 会议/n 。/w 会议/n 通过/p 了/ule "
                + "县/n 人大/nis 十届/m 三次/m 会议/n 选举/vn 办法/n （/w 草案/n ）/w 。/w"))
                .contains("县人大十届三次会议=true").doesNotContain("县人大十届三次会议=false");
    }

    @Test
    void aMeetingOnlyCitedInADocumentsTitleOrAsTheSubjectOfWhatItDecided() throws Exception {
        assertThat(held("全县/n 学习/v 贯彻/v 《/w 县委/nt 十五届/m 六次/m 全体/n 会议/n 决议/n 》/w 。/w"))
                .containsExactly("县委十五届六次全体会议=false");
        assertThat(held("，/w 省委/nt 十届/m 八次/m 全会/n 作出/v 了/ul 部署/vn 。/w"))
                .containsExactly("省委十届八次全会=false");
    }

    @Test
    void aMeetingAdoptingItsOwnAgendaIsHeld() throws Exception {
        // a session adopts its own agenda or voting rules only while it sits; a draft (草案) is prepared before it
        assertThat(held("会议/n 审议/v 通过/v 了/ul 《/w 政协/nt 青山县/ns 第五届/m 委员会/n 第二次/m 会议/n 议程/n 》/w 。/w"))
                .containsExactly("政协青山县第五届委员会第二次会议=true");
        assertThat(held("大会/n 表决/v 通过/v 《/w 青山市/ns 第八届/m 人民代表大会/nt 第三次/m 会议/n 选举/vn 办法/n 》/w 。/w"))
                .containsExactly("青山市第八届人民代表大会第三次会议=true");
        assertThat(held("会议/n 审议/v 通过/v 了/ul 《/w 县委/nt 十五届/m 六次/m 全体/n 会议/n 决议/n 》/w 。/w"))
                .containsExactly("县委十五届六次全体会议=true");
        assertThat(held("会议/n 表决/v 通过/v 了/ul 政协/nt 青山县/ns 第五届/m 委员会/n 第二次/m 会议/n 政治/n 决议/n 。/w"))
                .containsExactly("政协青山县第五届委员会第二次会议=true"); // no title marks
        assertThat(held("会议/n 审议/v 通过/v 了/ul 政协/nt 青山县/ns 第五届/m 委员会/n 第二次/m 会议/n 议程/n 、/w 日程/n （/w 草案/n ）/w 。/w"))
                .containsExactly("政协青山县第五届委员会第二次会议=false");
        assertThat(held("会议/n 审议/v 了/ul 《/w 青山市/ns 第八届/m 人民代表大会/nt 第三次/m 会议/n 议程/n 》/w 。/w"))
                .containsExactly("青山市第八届人民代表大会第三次会议=false"); // examined, not adopted
        assertThat(held("会议/n 审议/v 通过/v 了/ul 《/w 青山市/ns 第八届/m 人民代表大会/nt 第三次/m 会议/n 议程/n （/w 草案/n ）/w 》/w 。/w"))
                .containsExactly("青山市第八届人民代表大会第三次会议=false");
        assertThat(held("会议/n 审议/v 通过/v 《/w 青山市/ns 第八届/m 人民代表大会/nt 第三次/m 会议/n 议程/n 》/w （/w 草案/n ）/w 。/w"))
                .containsExactly("青山市第八届人民代表大会第三次会议=false");
    }

    @Test
    void aMeetingProposedOrDecidedIsStillToCome() throws Exception {
        // 建议/决定 X 于…举行: the agenda of a meeting to come, not a meeting held
        assertThat(held("会议/n 建议/n 市/n 十六/m 届/q 人大常委会/nis 第/mq 七/m 次/qv 会议/n 于/p 5月/t 举行/v 。/w"))
                .containsExactly("市十六届人大常委会第七次会议=false");
        assertThat(held("会议/n 决定/v 青山市/ns 第/mq 八/m 届/q 人民/n 代表大会/n 第/mq 五/m 次/qv 会议/n 于/p 3月/t 召开/v 。/w"))
                .containsExactly("青山市第八届人民代表大会第五次会议=false");
    }

    @Test
    void anOccasionOfAnEarlierSpeechIsCited() throws Exception {
        // 在 X 上 is where the report's speaker speaks, but not the occasion of instructions given there before
        assertThat(held("贯彻/v 总书记/nnt 在/p 全省/n 生态/n 保护/vn 座谈会/n 上/f 作出/v 的/ude1 指示/n 。/w"))
                .containsExactly("全省生态保护座谈会=false");
        assertThat(held("学习/v 总书记/nnt 在/p 全省/n 生态/n 保护/vn 座谈会/n 上/f 和/c 在/p 青山/ns 考察/v 时/n 的/ude1 讲话/n 。/w"))
                .containsExactly("全省生态保护座谈会=false");
        assertThat(held("他/r 在/p 全县/n 项目/n 建设/vn 推进会/n 上/f 作/v 了/ul 讲话/n 。/w")).containsExactly("全县项目建设推进会=true");
        // the speech given at the meeting's opening or closing ceremony: 开班 in 开班式 reports nothing held
        assertThat(held("学习/v 总书记/nnt 在/p 全省/n 年轻/a 干部/n 履职/vn 能力/n 培训班/n 开班式/n 上/f 的/ude1 讲话/n 。/w"))
                .containsExactly("全省年轻干部履职能力培训班=false");
    }

    @Test
    void theMeetingOfAVisitThatGaveAnEarlierSpeechIsCited() throws Exception {
        // 看望参加 X 的…委员时的重要讲话: the speech is cited, and the session it was given at with it
        assertThat(held("学习/v 总书记/nnt 看望/v 出席/v 全国/n 政协/nt 十二届/m 四次/m 会议/n 的/ude1 青山界/n 委员/n 时/n 的/ude1 重要/a 讲话/n 精神/n 。/w"))
                .containsExactly("全国政协十二届四次会议=false");
        assertThat(held("学习/v 总书记/nnt 出席/v 第三届/m 青山/ns 数字/n 峰会/n 和/c 在/p 青山/ns 考察/v 时/n 的/ude1 讲话/n 精神/n 。/w"))
                .containsExactly("第三届青山数字峰会=false");
        // attending it, with no speech of another time in the clause, reports it
        assertThat(held("林晓/nr 出席/v 县/n 政协/nt 九届/m 三次/m 会议/n 并/c 讲话/v 。/w")).containsExactly("县政协九届三次会议=true");
    }

    @Test
    void aSessionThatCompletedItsBusinessWasHeld() throws Exception {
        // the close of a congress is reported by what it completed, not by 闭幕 alone
        assertThat(held("青山市/ns 第八届/m 人民代表大会/nt 第三次/m 会议/n 圆满/a 完成/v 各项/r 议程/n 。/w"))
                .containsExactly("青山市第八届人民代表大会第三次会议=true");
        assertThat(held("历时/v 三天/m 的/ude1 县/n 政协/nt 五届/m 二次/m 会议/n 顺利/a 完成/v 任务/n 。/w"))
                .containsExactly("县政协五届二次会议=true");
        assertThat(held("全县/n 环境/n 整治/vn 表彰会/n 正在/d 进行/v 。/w")).containsExactly("全县环境整治表彰会=true");
    }

    @Test
    void aPlenumGovernedByAVerbIsTheBareHeadCited() throws Exception {
        assertThat(held("要/v 准确/a 把握/v 全会/n 精神/n 。/w")).containsExactly("全会=false");
    }

    @Test
    void aMeetingStillToComeIsNotHeld() throws Exception {
        assertThat(held("，/w 区/n 政协/nt 六届/m 五次/m 全会/n 即将/d 召开/v ，/w 希望/v 委员/n 做好/v 准备/vn 。/w"))
                .containsExactly("区政协六届五次全会=false");
        assertThat(held("，/w 要/v 开好/v 全市/n 党代会/n 。/w")).containsExactly("全市党代会=false");
    }

    @Test
    void aDecisionAboutConveningAMeetingHoldsNone() throws Exception {
        assertThat(held("会议/n 审议/v 通过/v 了/ul 关于/p 召开/v 政协/nt 青山市/ns 第五届/m 委员会/n 第二次/m 会议/n 的/uj 决定/n 。/w"))
                .containsExactly("政协青山市第五届委员会第二次会议=false");
    }

    @Test
    void theTimeOrTheResolutionOfConveningAMeetingHoldsNone() throws Exception {
        // 研究召开 X 时间及议题, 通过了召开 X 的有关决议: when and whether to convene it, a meeting to come
        assertThat(held("会议/n 研究/vn 召开/v 县/n 政协/nt 九届/m 三次/m 全体/n 会议/n 时间/n 及/cc 议题/n 。/w"))
                .containsExactly("县政协九届三次全体会议=false");
        assertThat(held("会议/n 审议/v 通过/v 了/ul 召开/v 县/n 政协/nt 九届/m 三次/m 会议/n 的/ude1 有关/vn 决议/n 。/w"))
                .containsExactly("县政协九届三次会议=false");
    }

    @Test
    void aMeetingDescribedAsConvenedInATimeIsNotReportedByIt() throws Exception {
        // X是在…召开的一次重要会议: 召开的 describes the meeting, and a later mention takes what the first was
        assertThat(held("县/n 政协/nt 九届/m 三次/m 会议/n 是/vshi 在/p 关键/n 时期/n 召开/v 的/ude1 一次/m 重要/a 会议/n 。/w "
                + "县/n 政协/nt 九届/m 三次/m 会议/n 报告/n 提出/v 了/ule 目标/n 。/w"))
                .containsExactly("县政协九届三次会议=false", "县政协九届三次会议=false");
        // a session reported held earlier on the page that adopts a draft to put before its plenary still sits
        assertThat(held("县/n 人大/nis 十届/m 三次/m 会议/n 举行/v 预备/vn 会议/n 。/w 会议/n 通过/p 了/ule "
                + "县/n 人大/nis 十届/m 三次/m 会议/n 选举/vn 办法/n （/w 草案/n ）/w 。/w"))
                .contains("县人大十届三次会议=true").doesNotContain("县人大十届三次会议=false");
    }

    @Test
    void aMeetingThatClosedBeforeWhatIsReportedIsCited() throws Exception {
        assertThat(held("市委/nt 六届/m 三次/m 全会/n 圆满/a 闭幕/vi 后/f ，/w 全县/n 召开/v 专题/n 会议/n 。/w"))
                .containsExactly("市委六届三次全会=false", "专题会议=true");
    }

    @Test
    void aMeetingWatchedOrAboutToCloseIsHeld() throws Exception {
        assertThat(held("我市/r 组织/v 收看/v 收听/v 全省/n 营商/vn 环境/n 大会/n 。/w")).containsExactly("全省营商环境大会=true");
        assertThat(held("县/n 政协/nt 十一届/m 三次/m 会议/n 即将/d 闭幕/vi ，/w")).containsExactly("县政协十一届三次会议=true");
    }

    @Test
    void aFutureWordFarAfterTheNameIsAnotherMeetings() throws Exception {
        assertThat(held("区/n 政协/nt 召开/v 九届/m 常委会/n 第六次/m 会议/n 审议/v 通过/v 了/ul 关于/p 召开/v 区/n 政协/nt 九届/m 三次/m 会议/n 的/uj 决定/n 。/w"))
                .containsExactly("九届常委会第六次会议=true", "区政协九届三次会议=false");
    }
    @Test
    void aMeetingSinceWhichSomethingHappenedIsCitedEvenAfterAVerbOfHolding() throws Exception {
        // 自…召开 X 以来: X is the start of what the clause reports, held long before
        assertThat(held("自/p 2019/m 年/qt 召开/v 全县/n 创建/v 文明/n 城市/n 动员/v 大会/n 以来/f ，/w 全县/n 上下/f 齐心协力/vl 。/w"))
                .containsExactly("全县创建文明城市动员大会=false");
    }
}
