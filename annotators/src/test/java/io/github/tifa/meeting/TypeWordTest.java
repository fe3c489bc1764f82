package io.github.tifa.meeting;

import static io.github.tifa.meeting.MeetingPages.READING;
import static io.github.tifa.meeting.MeetingPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code meeting.type-word} alone. */
class TypeWordTest {
    private final TypeWord rule = new TypeWord(READING);

    @Test
    void aSpecificHeadAloneIsAName() throws Exception {
        assertThat(proposed(rule, "随后/d ，/w 召开/v 座谈会/n 。/w")).containsExactly("座谈会");
    }

    @Test
    void anOathTakingIsACeremony() throws Exception {
        // 宪法宣誓仪式 (HanLP: 宣誓/vi 仪式/n): the oath on the constitution that appointed officials take
        assertThat(proposed(rule, "会后/t 举行/v 了/ule 宣誓/vi 仪式/n 。/w")).containsExactly("宣誓仪式");
    }

    @Test
    void aSendOffIsACeremony() throws Exception {
        // 欢送仪式, 欢送大会 (HanLP: 欢送/v 大会/n): the send-off of recruits, a ceremony
        assertThat(proposed(rule, "。/w 欢送/v 仪式/n 在/p 县/n 武装部/nis 举行/v 。/w 欢送/v 大会/n 上/f ，/w 林晓/nr 致辞/v 。/w"))
                .containsExactlyInAnyOrder("欢送仪式", "欢送大会");
    }

    @Test
    void aGenericHeadAloneIsNone() throws Exception {
        assertThat(proposed(rule, "随后/d ，/w 召开/v 会议/n 。/w")).isEmpty();
    }

    @Test
    void theVerbsThatGovernASpecificHeadAreNoPartOfIt() throws Exception {
        // 确保两会期间, 既是座谈会: the clause's verbs stand before a name of its own
        assertThat(proposed(rule, "，/w 要/v 确保/v 两会/n 期间/f 安全/an 。/w")).containsExactly("两会");
        assertThat(proposed(rule, "，/w 既是/c 座谈会/n ，/w 也是/d 动员会/n 。/w")).containsExactlyInAnyOrder("座谈会", "动员会");
    }

    @Test
    void anOpeningOrClosingCeremonyAloneIsNone() throws Exception {
        // scheme v3: the ceremony of a congress is no meeting of its own; named, as 某某博览会开幕式, it is one
        assertThat(proposed(rule, "，/w 书记/n 林晓/nr 在/p 闭幕式/n 上/f 讲话/v ，/w 出席/v 开幕式/n 的/u 委员/n 482/m 名/q 。/w")).isEmpty();
        assertThat(proposed(rule, "，/w 林晓/nr 主持/v 开班式/n 并/c 讲话/v 。/w")).isEmpty();
    }

    @Test
    void aHeadHeardIsAName() throws Exception {
        // 聆听 governs the meeting heard, as 收听 does: the head alone is the name
        assertThat(proposed(rule, "秘书长/nnt 林晓/nr 聆听/v 报告会/n 。/w")).containsExactly("报告会");
    }
}
