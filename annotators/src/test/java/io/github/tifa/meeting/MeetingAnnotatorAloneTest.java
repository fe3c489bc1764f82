package io.github.tifa.meeting;

import static io.github.tifa.PreparedCas.covered;
import static io.github.tifa.PreparedCas.run;
import static io.github.tifa.PreparedCas.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.type.Meeting;

/** MeetingAnnotator alone, on tokens prepared by hand: offsets and features, no reflow, no HanLP. */
class MeetingAnnotatorAloneTest {

    @Test
    void aQualifiedHeadStopsAtTheVerbThatIntroducesIt() throws Exception {
        JCas jcas = run(tokens("县政府/nt 召开/v 第28次/m 常务/b 会议/n ，/w 研究/v 工作/vn 。/w"), MeetingAnnotator.class);
        Meeting m = JCasUtil.selectSingle(jcas, Meeting.class);
        assertThat(m.getBegin()).isEqualTo(5);
        assertThat(m.getEnd()).isEqualTo(13);
        assertThat(m.getCoveredText()).isEqualTo("第28次常务会议");
        assertThat(m.getMeetingType()).isEqualTo("EXECUTIVE");
        assertThat(m.getSession()).isEqualTo("第28次");
        assertThat(m.getHeld()).isTrue();
        assertThat(m.getRule()).isEqualTo(MeetingAnnotator.RULE_HEAD);
    }

    @Test
    void aCitedPlenumWithTermAndSession() throws Exception {
        JCas jcas = run(tokens("传达/v 学习/v 县委/nt 十五届/m 六次/m 全体/n 会议/n 精神/n 。/w"), MeetingAnnotator.class);
        Meeting m = JCasUtil.selectSingle(jcas, Meeting.class);
        assertThat(m.getCoveredText()).isEqualTo("县委十五届六次全体会议");
        assertThat(m.getHeld()).isFalse();
        assertThat(m.getTerm()).isEqualTo("十五届");
        assertThat(m.getSession()).isEqualTo("六次");
    }

    @Test
    void aRoomIsNoMeetingAndAGenericHeadNeedsAQualifier() throws Exception {
        JCas jcas = run(tokens("在/p 会议室/n 开好/v 会议/n 。/w"), MeetingAnnotator.class);
        assertThat(covered(jcas, Meeting.class)).isEmpty();
    }

    @Test
    void theModeIsReadFromTheName() throws Exception {
        JCas jcas = run(tokens("召开/v 全县/n 防汛/vn 工作/vn 视频/n 会议/n 。/w"), MeetingAnnotator.class);
        Meeting m = JCasUtil.selectSingle(jcas, Meeting.class);
        assertThat(m.getCoveredText()).isEqualTo("全县防汛工作视频会议");
        assertThat(m.getMode()).isEqualTo("视频");
        assertThat(m.getMeetingType()).isEqualTo("WORK_CONFERENCE");
    }

    @Test
    void twoMeetingsJoinedTakeTheFirstOnesTypeAndACeremonyJoinedToAnActTheHeads() throws Exception {
        JCas jcas = run(tokens("，/w 召开/v 区委/nt 常委会/n 会议/n 暨/c 区委/nt 理论/n 学习/v 中心组/n 学习会/n ，/w "
                + "举行/v 服务/vn 中心/n 揭牌/v 暨/c 开业/v 仪式/n 。/w"), MeetingAnnotator.class);
        assertThat(JCasUtil.select(jcas, Meeting.class)).extracting(Meeting::getMeetingType)
                .containsExactly("PARTY_COMMITTEE", "CEREMONY");
    }
}
