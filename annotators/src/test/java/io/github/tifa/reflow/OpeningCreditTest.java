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

    @Test
    void aBracketedCreditOpeningTheParagraph() {
        String line = "(记者 林晓)7月26日，区政协召开常委会议。";
        Credit c = read(Position.OPENING, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("(记者 林晓)");
        assertThat(names(line, c)).containsExactly("记者:林晓");
    }

    @Test
    void aRoleGluedToTheNameOnALineOfItsOwnOrBeforeBaodao() {
        String line = "本报记者林晓";
        Credit c = read(Position.OPENING, line, 0);
        assertThat(c.agency()).isEqualTo("本报");
        assertThat(names(line, c)).containsExactly("记者:林晓");
        String reported = "记者林晓报道：6月29日，青山市委召开全体会议。";
        Credit r = read(Position.OPENING, reported, 0);
        assertThat(reported.substring(r.begin(), r.end())).isEqualTo("记者林晓报道");
        assertThat(read(Position.OPENING, "记者从会上获悉，全县今年新建项目三十个。", 0)).isNull();
    }

    @Test
    void namesWithoutRoleBeforeTheRoledOnes() {
        String line = "林晓 韩冬 本报记者 孔丽";
        Credit c = read(Position.OPENING, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo(line);
        assertThat(names(line, c)).containsExactly(":林晓", ":韩冬", "记者:孔丽");
    }

    @Test
    void aNoBreakSpaceOfWebTextSeparatesRoleAndName() {
        String line = "本报记者\u00a0林晓";
        Credit c = read(Position.OPENING, line, 0);
        assertThat(names(line, c)).containsExactly("记者:林晓");
    }

    @Test
    void aSlashAfterTheRoleSeparatesItFromTheNames() {
        String line = "记者/林晓 韩冬";
        assertThat(names(line, read(Position.OPENING, line, 0))).containsExactly("记者:林晓", "记者:韩冬");
    }

    @Test
    void textAndPicturesByOneNameBeforeABarAndTheBody() {
        String line = "图文丨林晓  3月5日，青山县召开农业农村工作会议。";
        Credit c = read(Position.OPENING, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("图文丨林晓");
        assertThat(names(line, c)).containsExactly(":林晓");
        String slashed = "文/韩冬 图/孔丽";
        assertThat(names(slashed, read(Position.OPENING, slashed, 0))).containsExactly(":韩冬", "摄影:孔丽");
    }

    @Test
    void aSourceLineNamesTheOutletOrOfficeThatSuppliedTheStory() {
        String line = "来源：青山县广播电视台";
        Credit c = read(Position.OPENING, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo(line);
        assertThat(c.agency()).isEqualTo("青山县广播电视台");
        assertThat(c.names()).isEmpty();
        String supplied = "来源: 青山市委党史研究室(市地方志编纂中心) 供稿";
        Credit s = read(Position.OPENING, supplied, 0);
        assertThat(supplied.substring(s.begin(), s.end())).isEqualTo(supplied);
        assertThat(s.agency()).isEqualTo("青山市委党史研究室(市地方志编纂中心)");
        assertThat(read(Position.OPENING, "来源：群众反映的问题，要一件一件抓好落实。", 0)).isNull();
        assertThat(read(Position.OPENING, "来源于基层的经验很多。", 0)).isNull();
        assertThat(read(Position.OPENING, "供稿：青山县委办", 0).agency()).isEqualTo("青山县委办");
        String photos = "图片：青山县融媒体中心供图"; // who supplied the photos
        Credit p = read(Position.OPENING, photos, 0);
        assertThat(photos.substring(p.begin(), p.end())).isEqualTo(photos);
        assertThat(p.agency()).isEqualTo("青山县融媒体中心");
        assertThat(read(Position.OPENING, "图片：会场一角。", 0)).isNull();
    }

    @Test
    void anUnknownOutletsReporterOnALineOfItsOwn() {
        String line = "华新记者 林晓";
        Credit c = read(Position.OPENING, line, 0);
        assertThat(c.agency()).isEqualTo("华新");
        assertThat(names(line, c)).containsExactly("记者:林晓");
    }

    @Test
    void aSourceLineInBracketsOrNamingTheTextsAuthor() {
        String bracketed = "（来源：青山县人民政府网站）";
        Credit c = read(Position.OPENING, bracketed, 0);
        assertThat(bracketed.substring(c.begin(), c.end())).isEqualTo(bracketed);
        assertThat(c.agency()).isEqualTo("青山县人民政府网站");
        assertThat(read(Position.OPENING, "文稿:区府办", 0).agency()).isEqualTo("区府办");
    }

    @Test
    void aRoleMisprintedAsPapersSometimesPrintIt() {
        // 通迅员 for 通讯员: the misprint credits a correspondent all the same
        String line = "本报讯（记者 林晓 通迅员 司马言）3月5日，青山县召开会议。";
        CreditGrammar.Credit c = read(Position.OPENING, line, line.indexOf('（'));
        assertThat(names(line, c)).containsExactly("记者:林晓", "通讯员:司马言");
    }

    @Test
    void aLabelForTheTextBeforeTheRole() {
        // 文字：记者 林晓 (and 图片：… for the photos): 文字 says what the names wrote, no role of the scheme
        String line = "文字：资深记者 林晓";
        Credit c = read(Position.OPENING, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("文字：资深记者 林晓");
        assertThat(names(line, c)).containsExactly("记者:林晓");
        String plain = "文字：林晓 司马言";
        assertThat(names(plain, read(Position.OPENING, plain, 0))).containsExactly(":林晓", ":司马言");
    }
}
