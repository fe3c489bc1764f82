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
    void aCongressAfterZhonggongOrByItsOrdinalAlone() throws Exception {
        // 中共十八大, and 十九大 or 二十大 with no prefix: an ordinal of eleven or more before 大 names a congress
        assertThat(proposed(rule, "重温/v 中共/nt 十八大/nz 报告/n 与/c 十九大/nz 报告/n ，/w 观看/v 二十大/nz 直播/vn 。/w"))
                .containsExactly("中共十八大", "十九大", "二十大");
    }

    @Test
    void aNumberThatIsNoCongress() throws Exception {
        assertThat(proposed(rule, "全县/n 二十/m 大/a 项目/n 。/w")).isEmpty();
        // a count of ten or of twenty-odd things (十大工程, 评选十大杰出青年, 二十三大类)
        assertThat(proposed(rule, "实施/v 十/m 大/a 工程/n ，/w 评选/v 十/m 大/a 杰出/a 青年/n ，/w 分为/v 二十三/m 大类/n 。/w")).isEmpty();
    }
}
