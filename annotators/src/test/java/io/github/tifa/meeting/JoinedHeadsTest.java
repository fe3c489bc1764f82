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
}
