package io.github.tifa.reflow;

import static io.github.tifa.reflow.CreditReaders.names;
import static io.github.tifa.reflow.CreditReaders.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.tifa.reflow.CreditGrammar.Credit;
import io.github.tifa.reflow.CreditGrammar.Position;

/** {@code byline.dateline} alone. */
class DatelineCreditTest {

    @Test
    void outletPlaceDateKindAndTheBracketedCredit() {
        String line = "新华社青山3月5日电（记者 林晓 通讯员 韩冬）全县召开会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("新华社青山3月5日电（记者 林晓 通讯员 韩冬）");
        assertThat(c.agency()).isEqualTo("新华社");
        assertThat(c.place()).isEqualTo("青山");
        assertThat(c.dateline()).isEqualTo("3月5日");
        assertThat(names(line, c)).containsExactly("记者:林晓", "通讯员:韩冬");
    }

    @Test
    void namesWithoutARoleOrNoCreditAtAll() {
        String line = "本报讯（王芳）近日，全县召开会议。";
        assertThat(names(line, read(Position.DATELINE, line, 0))).containsExactly(":王芳");
        assertThat(read(Position.DATELINE, "本报记者 王五 报道", 0)).isNull(); // a credit line, not a dateline
    }
}
