package io.github.tifa.reflow;

import static io.github.tifa.reflow.CreditReaders.names;
import static io.github.tifa.reflow.CreditReaders.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.tifa.reflow.CreditGrammar.Credit;
import io.github.tifa.reflow.CreditGrammar.Position;

/** {@code byline.credit-line} alone. */
class OpeningCreditTest {

    @Test
    void anOutletBeforeTheRoleIsTheAgency() {
        String line = "某某日报·某某客户端记者 周立新 通讯员 何嘉";
        Credit c = read(Position.OPENING, line, 0);
        assertThat(c.agency()).isEqualTo("某某日报·某某客户端");
        assertThat(names(line, c)).containsExactly("记者:周立新", "通讯员:何嘉");
    }

    @Test
    void aLineThatDoesNotOpenWithARoleIsNone() {
        assertThat(read(Position.OPENING, "王五说，记者 这个词很常见。", 0)).isNull();
    }
}
