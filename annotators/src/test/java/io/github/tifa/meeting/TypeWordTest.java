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
}
