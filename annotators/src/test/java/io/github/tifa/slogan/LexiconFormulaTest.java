package io.github.tifa.slogan;

import static io.github.tifa.slogan.SloganPages.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code slogan.lexicon-formula} alone. */
class LexiconFormulaTest {
    private final LexiconFormula rule = new LexiconFormula();

    @Test
    void aNationalFormulaCountsWithoutQuotationMarks() throws Exception {
        assertThat(proposed(rule, "增强/v 四个/m 意识/n ，/w 坚定/v 四个/m 自信/n 。/w"))
                .containsExactly("四个意识", "四个自信");
    }

    @Test
    void notInsideAQuotationNorAcrossAWord() throws Exception {
        assertThat(proposed(rule, "增强/v “/w 四个/m 意识/n ”/w ，/w 做到/v 两个维/x 护航/v 。/w")).isEmpty();
    }

    @Test
    void establishedFormulasOfEconomicPolicy() throws Exception {
        assertThat(proposed(rule, "主动/ad 适应/v 经济/n 发展/vn 新常态/n ，/w 促进/v 四化同步/l 发展/vn 。/w"))
                .containsExactly("新常态", "四化同步");
    }
}
