package io.github.tifa.reflow;

import static io.github.tifa.reflow.CreditReaders.names;
import static io.github.tifa.reflow.CreditReaders.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.tifa.reflow.CreditGrammar.Position;

/** {@code byline.trailing-credit} alone. */
class ClosingCreditTest {

    @Test
    void aBracketedCreditClosingTheParagraph() {
        String line = "会议部署了下一步工作。（记者 石磊/许文静）";
        assertThat(names(line, read(Position.CLOSING, line, line.indexOf('（'))))
                .containsExactly("记者:石磊", "记者:许文静");
    }

    @Test
    void bracketedWordsThatAreNoNames() {
        String line = "会议部署了下一步工作。（详见第三版）";
        assertThat(read(Position.CLOSING, line, line.indexOf('（'))).isNull();
    }
}
