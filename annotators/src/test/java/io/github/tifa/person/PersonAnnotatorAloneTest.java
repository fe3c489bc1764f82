package io.github.tifa.person;

import static io.github.tifa.PreparedCas.covered;
import static io.github.tifa.PreparedCas.run;
import static io.github.tifa.PreparedCas.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.type.PersonName;

/** PersonAnnotator alone, on tokens prepared by hand (HanLP's tags written in). */
class PersonAnnotatorAloneTest {

    @Test
    void aNameAfterAPostAndAgainLaterOnThePage() throws Exception {
        JCas jcas = run(tokens("管委会/nt 主任/n 郑是/nr 瑜/ng 主持/v 会议/n 。/w 郑是瑜/nr 强调/v 。/w"), PersonAnnotator.class);
        assertThat(covered(jcas, PersonName.class)).containsExactly("郑是瑜", "郑是瑜");
        PersonName first = JCasUtil.select(jcas, PersonName.class).iterator().next();
        assertThat(first.getBegin()).isEqualTo(5);
        assertThat(first.getRule()).isEqualTo(PersonAnnotator.RULE_AFTER_POST);
    }

    @Test
    void aHanLpGuessWithoutSupportOrBeforeAnOrganIsNoPerson() throws Exception {
        assertThat(covered(run(tokens("参观/v 鲁抗/nr 医药/n 。/w"), PersonAnnotator.class), PersonName.class)).isEmpty();
        assertThat(covered(run(tokens("全县/n 卫健/nr 局/n 召开/v 。/w"), PersonAnnotator.class), PersonName.class)).isEmpty();
        assertThat(covered(run(tokens("刘宝瑾/nr 出席/v 。/w"), PersonAnnotator.class), PersonName.class))
                .containsExactly("刘宝瑾");
    }
}
