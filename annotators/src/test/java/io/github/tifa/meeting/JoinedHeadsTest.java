package io.github.tifa.meeting;

import static io.github.tifa.meeting.MeetingPages.READING;
import static io.github.tifa.meeting.MeetingPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code meeting.joined-heads} alone. */
class JoinedHeadsTest {
    private final JoinedHeads rule = new JoinedHeads(READING);

    @Test
    void twoNamesJoinedByJiAreOne() throws Exception {
        assertThat(proposed(rule, "，/w 全县/n 安全/an 生产/vn 工作/vn 会议/n 暨/c 防汛/vn 部署会/n 召开/v 。/w"))
                .containsExactly("全县安全生产工作会议暨防汛部署会");
        // a training meeting joined by 暨 (培训会, as 培训班)
        assertThat(proposed(rule, "，/w 全县/n 宣传/vn 工作/vn 会议/n 暨/c 学习/v 骨干/n 培训会/n 召开/v 。/w"))
                .containsExactly("全县宣传工作会议暨学习骨干培训会");
    }

    @Test
    void aNameWithoutAJoinerIsNotItsCase() throws Exception {
        assertThat(proposed(rule, "，/w 全县/n 安全/an 生产/vn 工作/vn 会议/n 召开/v 。/w")).isEmpty();
    }

    @Test
    void aStudySessionOfTheTheoryGroupJoinedToACommitteeMeeting() throws Exception {
        assertThat(proposed(rule, "，/w 召开/v 区委/nt 常委会/n 会议/n 暨/c 区委/nt 理论/n 学习/v 中心组/n 学习会/n ，/w"))
                .containsExactly("区委常委会会议暨区委理论学习中心组学习会");
    }

    @Test
    void anActivityJoinedToAMeetingIsPartOfItsName() throws Exception {
        // X暨Y活动: an activity held with the meeting, named with it; alone, 活动 names no meeting
        assertThat(proposed(rule, "青山县/ns 举办/v 全县/n 劳模/n 表彰大会/n 暨/c “/w 奋斗/v 有我/nz ”/w 主题/n 演讲/vn 比赛/vn 活动/vn ，/w 县长/nnt 出席/v 。/w"))
                .containsExactly("全县劳模表彰大会暨“奋斗有我”主题演讲比赛活动");
        assertThat(proposed(rule, "青山县/ns 举办/v “/w 奋斗/v 有我/nz ”/w 主题/n 演讲/vn 比赛/vn 活动/vn 。/w")).isEmpty();
    }
}
