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
    void aStationBeforeTheNameInTheBracket() {
        // 青山广电讯（北坡台 林晓）: the county's station that reported, then its reporter, no role
        String line = "青山广电讯（北坡台 林晓）5月8日，北坡县召开春耕生产会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("青山广电讯（北坡台 林晓）");
        assertThat(names(line, c)).containsExactly(":林晓");
    }

    @Test
    void anOutletThatReportsWithAColonBeforeTheBracketedCredit() {
        String line = "云上青山报道:(全媒体记者  林晓)6月6日，全县召开会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("云上青山报道:(全媒体记者  林晓)");
        assertThat(c.agency()).isEqualTo("云上青山");
        assertThat(names(line, c)).containsExactly("记者:林晓");
        assertThat(read(Position.DATELINE, "据报道，全县召开会议。", 0)).isNull();
        String bare = "云上青山报道(记者林晓 通讯员司马言)1月6日，全县召开会议。"; // no colon: the bracket follows 报道
        Credit b = read(Position.DATELINE, bare, 0);
        assertThat(bare.substring(b.begin(), b.end())).isEqualTo("云上青山报道(记者林晓 通讯员司马言)");
        assertThat(names(bare, b)).containsExactly("记者:林晓", "通讯员:司马言");
        assertThat(read(Position.DATELINE, "媒体报道(见下图)，全县召开会议。", 0)).isNull();
    }

    @Test
    void namesWithoutARoleOrNoCreditAtAll() {
        String line = "本报讯（王芳）近日，全县召开会议。";
        assertThat(names(line, read(Position.DATELINE, line, 0))).containsExactly(":王芳");
        assertThat(read(Position.DATELINE, "本报记者 王五 报道", 0)).isNull(); // a credit line, not a dateline
    }

    @Test
    void aPapersOwnNameWithPlaceAndDateBeforeTheKind() {
        String line = "青山日报海口12月3日讯(记者 林晓)12月3日上午，青山县召开座谈会。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("青山日报海口12月3日讯(记者 林晓)");
        assertThat(c.agency()).isEqualTo("青山日报");
        assertThat(c.place()).isEqualTo("海口");
        assertThat(c.dateline()).isEqualTo("12月3日");
        assertThat(names(line, c)).containsExactly("记者:林晓");
    }

    @Test
    void aDatelineWithoutCreditBeforeAColon() {
        String line = "青山在线11月01日讯:市委副书记王建国在会上强调，要抓好落实。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("青山在线11月01日讯");
        assertThat(c.agency()).isEqualTo("青山在线");
        assertThat(read(Position.DATELINE, "青山北方网讯：7月4日下午，区委书记到县里考察。", 0).agency()).isEqualTo("青山北方网");
    }

    @Test
    void aMediaCentreAndANewsAppAsOutlets() {
        assertThat(read(Position.DATELINE, "青山区融媒体中心讯 1月11日上午，青山区召开座谈会。", 0).agency())
                .isEqualTo("青山区融媒体中心");
        String line = "青山时刻新闻7月30日讯(通讯员 林晓 韩冬)7月30日下午，青山县召开会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(c.agency()).isEqualTo("青山时刻新闻");
        assertThat(names(line, c)).containsExactly("通讯员:林晓", "通讯员:韩冬");
    }

    @Test
    void aCreditInSquareBracketsWithTheRoleGlued() {
        String line = "新青山讯【记者林晓】12月11日，青山市委召开民主生活会。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("新青山讯【记者林晓】");
        assertThat(names(line, c)).containsExactly("记者:林晓");
    }

    @Test
    void anOutletOfNoKnownShapeBeforeANameInBracketsOrADate() {
        // 某某时事讯(林晓), 某某府讯 1月13日: no suffix says outlet, but a credit or a date follows the kind
        String line = "青禾时事讯(林晓)3月1日，区委召开常委会会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(c.agency()).isEqualTo("青禾时事");
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("青禾时事讯(林晓)");
        assertThat(read(Position.DATELINE, "东青府讯 1月13日，区委召开常委会会议。", 0).agency()).isEqualTo("东青府");
        assertThat(read(Position.DATELINE, "东青府讯1月13日，区委召开常委会会议。", 0).agency()).isEqualTo("东青府");
        assertThat(read(Position.DATELINE, "喜讯传来(林晓)，全场欢呼。", 0)).isNull();
        assertThat(read(Position.DATELINE, "记者林晓报道:6月29日，区委召开常委会会议。", 0)).isNull(); // a credit line
        assertThat(read(Position.DATELINE, "青禾好消息讯息传来，全场欢呼。", 0)).isNull();
    }

    @Test
    void anOutletOfNoKnownShapeOfFourCharactersOrMoreBeforeASpace() {
        // 某某某某讯 为确保…: the space the paper prints after its dateline; a short word before 讯 is none (简讯 近日…)
        String line = "看点青禾讯 为确保全县防汛工作落到实处，县委召开会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(c.agency()).isEqualTo("看点青禾");
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("看点青禾讯");
        assertThat(read(Position.DATELINE, "简讯 近日，县委召开会议。", 0)).isNull();
        assertThat(read(Position.DATELINE, "今日喜讯 传遍全县，群众欢呼。", 0)).isNull();
    }

    @Test
    void aDayWithoutItsMonthAndAQuotationRightAfterTheKind() {
        Credit c = read(Position.DATELINE, "本报17日讯 17日，省委召开全体会议。", 0);
        assertThat(c.agency()).isEqualTo("本报");
        assertThat(c.dateline()).isEqualTo("17日");
        // the clean text drops the space: 青山网讯“…”
        assertThat(read(Position.DATELINE, "青山网讯“要把好事办好。”县长林晓说。", 0).agency()).isEqualTo("青山网");
    }

    @Test
    void anOutletJoinedToAnotherNameAfterItsSuffix() {
        // 某某网·某某新区讯: the first name ends as an outlet's does, the joined one names its edition
        assertThat(read(Position.DATELINE, "青山网·青禾新区讯 近日，区委召开常委会会议。", 0).agency())
                .isEqualTo("青山网·青禾新区");
        assertThat(read(Position.DATELINE, "青山·青禾新区讯 近日，区委召开常委会会议。", 0)).isNull();
    }

    @Test
    void rolesWithColonsAndNamesWithSpacedCommas() {
        String line = "青山县融媒体中心1月5日讯(记者:林晓 、韩冬  实习生:孔丽、周雪)5日，县政协召开会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(c.agency()).isEqualTo("青山县融媒体中心");
        assertThat(names(line, c)).containsExactly("记者:林晓", "记者:韩冬", "实习生:孔丽", "实习生:周雪");
    }

    @Test
    void aNewspaperNameInTheMiddleOfASentenceIsNoOutlet() {
        assertThat(read(Position.DATELINE, "青山日报通讯员林晓说，会议很重要。", 0)).isNull();
        assertThat(read(Position.DATELINE, "青山日报社今年发行量增加。", 0)).isNull();
    }

    @Test
    void twoNamesGluedAfterTheRoleAreSplitBeforeTheLikelierSurname() {
        String line = "本报讯(记者林娟赵文俊)1月20日上午，全县召开会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("本报讯(记者林娟赵文俊)");
        assertThat(names(line, c)).containsExactly("记者:林娟", "记者:赵文俊");
        String other = "本报讯（记者王晓蕾 通讯员孙立扬何斐）近日，全县召开会议。";
        assertThat(names(other, read(Position.DATELINE, other, 0))).containsExactly("记者:王晓蕾", "通讯员:孙立扬", "通讯员:何斐");
    }

    @Test
    void twoOutletsJoinedByAHyphenBeforeTheKind() {
        String line = "青山网-青山日报讯(记者 林晓)9月15日下午，全县召开会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("青山网-青山日报讯(记者 林晓)");
        assertThat(names(line, c)).containsExactly("记者:林晓");
    }

    @Test
    void outletsBeforeTheirRolesInsideTheBracket() {
        String line = "本报讯(青山市融媒体中心记者 林晓)8月20日下午，市政府召开专题会议。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("本报讯(青山市融媒体中心记者 林晓)");
        assertThat(names(line, c)).containsExactly("记者:林晓");
        String two = "青山网1月24日讯 (青山日报记者 林晓 青山网记者 韩冬) 24日下午，会议召开。";
        Credit d = read(Position.DATELINE, two, 0);
        assertThat(two.substring(d.begin(), d.end())).isEqualTo("青山网1月24日讯 (青山日报记者 林晓 青山网记者 韩冬)");
        assertThat(names(two, d)).containsExactly("记者:林晓", "记者:韩冬");
        String centre = "本报讯(融媒体中心记者 林  晓)8日，全市召开会议。"; // the paper's own centre, by its generic name
        Credit e = read(Position.DATELINE, centre, 0);
        assertThat(centre.substring(e.begin(), e.end())).isEqualTo("本报讯(融媒体中心记者 林  晓)");
        String chief = "本报讯(全媒体首席记者 林晓)8日，全市召开会议。";
        assertThat(names(chief, read(Position.DATELINE, chief, 0))).containsExactly("记者:林晓");
    }

    @Test
    void aColonAfterReportsWithoutACreditIsTheBodysNotTheDatelines() {
        String line = "云上青山报道:5月19日，青山县召开项目推进会。";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo("云上青山报道");
        assertThat(c.agency()).isEqualTo("云上青山");
    }

    @Test
    void anotherOutletsReportersAfterTheKind() {
        String line = "青山网-青山头条讯 青山日报记者 林晓 韩冬 记者 孔丽 报道";
        Credit c = read(Position.DATELINE, line, 0);
        assertThat(line.substring(c.begin(), c.end())).isEqualTo(line);
        assertThat(c.agency()).isEqualTo("青山网-青山头条");
        assertThat(names(line, c)).containsExactly("记者:林晓", "记者:韩冬", "记者:孔丽");
    }

    @Test
    void aDatelineWhoseBracketNamesTheRoleAlone() {
        for (String line : new String[] {"本报讯（本报记者）2月9日，市委常委林晓文到青禾镇走访。", "本报讯 (本报记者) 2月9日，市委常委到青禾镇走访。"}) {
            Credit c = CreditGrammar.builtIn().find(line, 0, line.length(), false, false).get(0);
            assertThat(line.substring(c.begin(), c.end()).replace(" ", "")).as(line).isIn("本报讯（本报记者）", "本报讯(本报记者)");
            assertThat(c.names()).isEmpty();
        }
    }
}
