package io.github.tifa.reflow;

import static io.github.tifa.reflow.CreditReaders.names;
import static io.github.tifa.reflow.CreditReaders.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.tifa.reflow.CreditGrammar.Position;

/** {@code byline.closing-name} alone. */
class NameOnlyCreditTest {

    @Test
    void aParagraphThatIsOneNameSpacedToWidth() {
        assertThat(names("秦  越", read(Position.NAME_ONLY, "秦  越", 0))).containsExactly(":秦  越");
    }

    @Test
    void aPhraseOrNamesNotEachSurnamedAreNot() {
        assertThat(read(Position.NAME_ONLY, "会议结束。", 0)).isNull();
        assertThat(read(Position.NAME_ONLY, "强基础 促发展", 0)).isNull();
        assertThat(read(Position.NAME_ONLY, "秦越 晓光", 0)).isNull();
    }

    @Test
    void surnamedNamesBetweenSpaces() {
        assertThat(names("秦越 王芳 韩 冬", read(Position.NAME_ONLY, "秦越 王芳 韩 冬", 0))).containsExactly(":秦越", ":王芳", ":韩 冬");
    }

    @Test
    void aNameWithThePhotographersRoleAfterIt() {
        String line = "林晓摄影报道";
        CreditGrammar.Credit c = read(Position.NAME_ONLY, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo(line);
        assertThat(names(line, c)).containsExactly("摄影:林晓");
    }

    @Test
    void aNameAndSheOnALineOfItsOwn() {
        String line = "林晓 摄";
        CreditGrammar.Credit c = read(Position.NAME_ONLY, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo(line);
        assertThat(names(line, c)).containsExactly("摄影:林晓");
    }
}
