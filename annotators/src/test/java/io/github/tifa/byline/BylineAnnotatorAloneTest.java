package io.github.tifa.byline;

import static io.github.tifa.PreparedCas.covered;
import static io.github.tifa.PreparedCas.run;
import static io.github.tifa.PreparedCas.reflowed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;

/** BylineAnnotator alone, on a page Reflow has read: it reads the credits Reflow found (view raw) and the clean text. */
class BylineAnnotatorAloneTest {

    @Test
    void aDatelineWithPlaceDateAndCredits() throws Exception {
        JCas jcas = run(reflowed("新华社北京三月五日电（记者 刘宝瑷 通讯员 梁云婀）会议召开。\n"), BylineAnnotator.class);
        Byline b = JCasUtil.selectSingle(jcas, Byline.class);
        assertThat(b.getCoveredText()).isEqualTo("新华社北京三月五日电（记者 刘宝瑷 通讯员 梁云婀）");
        assertThat(b.getBegin()).isZero();
        assertThat(b.getAgency()).isEqualTo("新华社");
        assertThat(b.getPlace()).isEqualTo("北京");
        assertThat(b.getDateline()).isEqualTo("三月五日");
        List<Contributor> credits = List.copyOf(JCasUtil.select(jcas, Contributor.class));
        assertThat(credits).extracting(Contributor::getCoveredText).containsExactly("刘宝瑷", "梁云婀");
        assertThat(credits).extracting(Contributor::getRole).containsExactly("记者", "通讯员");
    }

    @Test
    void aPhotoCreditGivesTheNameBeforeItThePhotographersRole() throws Exception {
        JCas jcas = run(reflowed("记者 刘宝瑾 文/图\n"), BylineAnnotator.class);
        assertThat(covered(jcas, Contributor.class)).containsExactly("刘宝瑾");
        JCas photo = run(reflowed("记者 刘宝瑾 梁云婀/图\n"), BylineAnnotator.class);
        assertThat(JCasUtil.select(photo, Contributor.class)).extracting(Contributor::getRole)
                .containsExactly("记者", "摄影");
    }
}
