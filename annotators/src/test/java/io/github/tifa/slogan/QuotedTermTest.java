package io.github.tifa.slogan;

import static io.github.tifa.slogan.SloganPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code slogan.quoted-term} alone. */
class QuotedTermTest {
    private final QuotedTerm rule = new QuotedTerm();

    @Test
    void aQuotedCoinedTermIsATerm() throws Exception {
        assertThat(proposed(rule, "培育/v “/w 专精特新/nz ”/w 企业/n 。/w")).containsExactly("专精特新");
    }

    @Test
    void speechAndAScareQuotedWordAreNot() throws Exception {
        assertThat(proposed(rule, "他/r 说/v ：/w “/w 要/v 抓紧/v ，/w 抓实/v 。/w ”/w 干部/n 要/v 扛好/v “/w 大梁/n ”/w 。/w"))
                .isEmpty();
    }

    @Test
    void quotationsSideBySideAreParallelTerms() throws Exception {
        assertThat(proposed(rule, "实现/v “/w 开门红/n ”/w “/w 开门好/n ”/w 。/w")).containsExactly("开门红", "开门好");
    }

    @Test
    void aThemeOrModelOfParallelClausesLabelledAfterItsQuotation() throws Exception {
        assertThat(proposed(rule, "围绕/p “/w 深化/v 改革/vn ，/w 推动/v 转型/vn ，/w 建设/v 家园/n ”/w 这/r 一/m 主题/n 研讨/vn 。/w"))
                .containsExactly("深化改革，推动转型，建设家园");
        assertThat(proposed(rule, "探索/v “/w 种植/v 在/p 山区/n 、/w 加工/v 在/p 园区/n ”/w 的/uj 新/a 模式/n 。/w"))
                .containsExactly("种植在山区、加工在园区");
        assertThat(proposed(rule, "他/r 说/v ：/w “/w 深化/v 改革/vn ，/w 推动/v 转型/vn 。/w ”/w")).isEmpty();
    }

    @Test
    void anOrdinaryVerbInQuotesEndingTheClauseIsNoTerm() throws Exception {
        assertThat(proposed(rule, "去/v 了/ul 几个/m 地方/n “/w 打卡/v ”/w ……/w")).isEmpty();
    }

    @Test
    void straightDoubleQuotesOfWebTextQuoteAsCurlyOnesDo() throws Exception {
        assertThat(proposed(rule, "努力/ad 将/p \"/w 实事办实/l \"/w 。/w")).containsExactly("实事办实");
    }

    @Test
    void aFigureOfSpeechIsNoTermHoweverHanLpTagsIt() throws Exception {
        // HanLP's dictionary tags 打卡 nz, as it does special terms
        assertThat(proposed(rule, "去/vf 了/ule 这/rzv 几/d 个/q 地方/n “/w 打卡/nz ”/w ……/w")).isEmpty();
        assertThat(proposed(rule, "敢于/v 啃/v “/w 硬骨头/nz ”/w ，/w 当好/v “/w 店小二/nz ”/w 。/w")).containsExactly("店小二");
        assertThat(proposed(rule, "推行/v “/w 体检/nz ”/w 服务/vn 。/w")).containsExactly("体检");
        assertThat(proposed(rule, "答好/v “/w 必答题/nz ”/w ，/w 疏通/v “/w 微循环/nz ”/w ，/w 应对/v “/w 加试题/nz ”/w 。/w"))
                .isEmpty();
    }

    @Test
    void theProperNameOfAColumnAGroupOrAPlaceIsNoTerm() throws Exception {
        assertThat(proposed(rule, "各报/r 开设/v “/w 青山剪影/nz ”/w 专栏/n ，/w 会长/n 率/v “/w 山乡行/nz ”/w 调研组/n 调研/vn ，/w "
                + "素有/v “/w 青山明珠/nz ”/w 的/uj 美誉/n 。/w")).isEmpty();
        assertThat(proposed(rule, "培育/v “/w 瞪羚/nz ”/w 企业/n 。/w")).containsExactly("瞪羚");
    }

    @Test
    void aHolidayOrAPlaceNamedInQuotesAndMoreFigures() throws Exception {
        assertThat(proposed(rule, "部署/v “/w 中秋/t ”/w “/w 国庆/t ”/w 期间/f 安全/an 工作/vn ，/w 提升/v “/w 青山坡/nz ”/w 景区/n 品质/n 。/w"))
                .isEmpty();
        assertThat(proposed(rule, "拉紧/v “/w 责任弦/nz ”/w ，/w 把好/v “/w 安全关/nz ”/w 。/w")).isEmpty();
        // two holidays in one pair of quotation marks, a list: still the days' names
        assertThat(proposed(rule, "抓好/v “/w 元旦/t 、/w 春节/t ”/w 期间/f 市场/n 供应/vn 。/w")).isEmpty();
    }

    @Test
    void theNameOfAnEventIsNoTerm() throws Exception {
        // “青禾美食节”, “青禾湖摄影大赛”: the own names of a festival and a contest
        assertThat(proposed(rule, "以/p “/w 青禾美食节/nz ”/w “/w 青禾湖摄影大赛/nz ”/w 为/p 载体/n 。/w"))
                .isEmpty();
    }
}
