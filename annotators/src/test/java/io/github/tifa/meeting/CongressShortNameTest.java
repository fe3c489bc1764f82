package io.github.tifa.meeting;

import static io.github.tifa.meeting.MeetingPages.PATTERNS;
import static io.github.tifa.meeting.MeetingPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code meeting.congress-short-name} alone. */
class CongressShortNameTest {
    private final CongressShortName rule = new CongressShortName(PATTERNS.get("CONGRESS"));

    @Test
    void aCongressByItsShortName() throws Exception {
        assertThat(proposed(rule, "学习/v 贯彻/v 党的二十大/nz 精神/n 。/w")).containsExactly("党的二十大");
    }

    @Test
    void aNumberThatIsNoCongress() throws Exception {
        assertThat(proposed(rule, "全县/n 二十/m 大/a 项目/n 。/w")).isEmpty();
    }
}
