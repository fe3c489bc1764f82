package io.github.tifa.slogan;

import static io.github.tifa.PreparedCas.run;
import static io.github.tifa.PreparedCas.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.type.Slogan;

/** SloganAnnotator alone, on tokens prepared by hand. */
class SloganAnnotatorAloneTest {

    @Test
    void aQuotedFormulaIsNumericAndANationalOneIsFoundUnquoted() throws Exception {
        JCas jcas = run(tokens("落实/v “/w 一排/m 底线/n ”/w ，/w 增强/v 四个/m 意识/n 。/w"), SloganAnnotator.class);
        List<Slogan> slogans = List.copyOf(JCasUtil.select(jcas, Slogan.class));
        assertThat(slogans).extracting(Slogan::getCoveredText).containsExactly("一排底线", "四个意识");
        assertThat(slogans.get(0).getBegin()).isEqualTo(3);
        assertThat(slogans.get(0).getNumeric()).isTrue(); // 一 before the set measure 排 counts
        assertThat(slogans.get(0).getQuoted()).isTrue();
        assertThat(slogans.get(1).getQuoted()).isFalse();
        assertThat(slogans.get(1).getRule()).isEqualTo(SloganAnnotator.RULE_NATIONAL);
    }

    @Test
    void aFormulaDefinedInPlaceTakesItsItems() throws Exception {
        JCas jcas = run(tokens("推行/v “/w 三项/m 机制/n ”/w ，/w 即/v 例会/n 、/w 督查/vn 、/w 通报/vn 。/w"),
                SloganAnnotator.class);
        Slogan s = JCasUtil.selectSingle(jcas, Slogan.class);
        assertThat(s.getCoveredText()).isEqualTo("三项机制");
        assertThat(s.getExpansion()).isEqualTo("例会；督查；通报");
    }
}
