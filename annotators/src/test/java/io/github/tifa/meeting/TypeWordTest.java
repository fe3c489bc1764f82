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
    void aGenericHeadAloneIsNone() throws Exception {
        assertThat(proposed(rule, "随后/d ，/w 召开/v 会议/n 。/w")).isEmpty();
    }

    @Test
    void theVerbsThatGovernASpecificHeadAreNoPartOfIt() throws Exception {
        // 确保两会期间, 既是座谈会: the clause's verbs stand before a name of its own
        assertThat(proposed(rule, "，/w 要/v 确保/v 两会/n 期间/f 安全/an 。/w")).containsExactly("两会");
        assertThat(proposed(rule, "，/w 既是/c 座谈会/n ，/w 也是/d 动员会/n 。/w")).containsExactlyInAnyOrder("座谈会", "动员会");
    }
}
