package io.github.tifa.slogan;

import static io.github.tifa.slogan.SloganPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code slogan.quoted-formula} alone. */
class QuotedFormulaTest {
    private final QuotedFormula rule = new QuotedFormula();

    @Test
    void aQuotedCountOrCodeIsAFormula() throws Exception {
        assertThat(proposed(rule, "做到/v “/w 两个/m 确立/v ”/w ，/w 推行/v “/w 1+3+N/x ”/w 模式/n 。/w"))
                .containsExactly("两个确立", "1+3+N");
    }

    @Test
    void theNumeralOneCountsOnlyBeforeASetMeasureOrWithASecondNumeral() throws Exception {
        assertThat(proposed(rule, "守住/v “/w 一排/m 底线/n ”/w ，/w 共建/v “/w 一带一路/nz ”/w ，/w 做好/v “/w 一件事/n ”/w 。/w"))
                .containsExactly("一排底线", "一带一路");
    }

    @Test
    void aCoinedTermIsNoFormula() throws Exception {
        assertThat(proposed(rule, "培育/v “/w 专精特新/nz ”/w 企业/n 。/w")).isEmpty();
    }

    @Test
    void aDayNamedByNumeralsAroundADotIsNoFormula() throws Exception {
        // “七·一”, “一二·九”: the first of July, the ninth of December; a holiday or an anniversary, not a count
        assertThat(proposed(rule, "举办/v “/w 七/m ·/w 一/m ”/w 表彰/vn 大会/n ，/w 纪念/v “/w 一二/m ·/w 九/m ”/w 运动/vn 。/w")).isEmpty();
        assertThat(proposed(rule, "做到/v “/w 两个/m 确立/v ”/w 。/w")).containsExactly("两个确立");
    }
}
