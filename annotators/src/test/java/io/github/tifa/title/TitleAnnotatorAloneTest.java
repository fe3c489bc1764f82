package io.github.tifa.title;

import static io.github.tifa.PreparedCas.covered;
import static io.github.tifa.PreparedCas.run;
import static io.github.tifa.PreparedCas.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import io.github.tifa.type.OfficialTitle;

/** TitleAnnotator alone: tokens and persons prepared by hand. */
class TitleAnnotatorAloneTest {

    private static void person(JCas jcas, String name) {
        int begin = jcas.getDocumentText().indexOf(name);
        NamedEntity ne = new NamedEntity(jcas, begin, begin + name.length());
        ne.setValue("PER");
        ne.addToIndexes();
    }

    @Test
    void aChainOfTitlesSharesTheHolderAtItsEnd() throws Exception {
        JCas jcas = tokens("区/n 党工委/nt 副书记/n 、/w 管委会/nt 副主任/n 郑是瑜/nr 出席/v 。/w");
        person(jcas, "郑是瑜");
        run(jcas, TitleAnnotator.class);
        List<OfficialTitle> titles = List.copyOf(JCasUtil.select(jcas, OfficialTitle.class));
        assertThat(titles).extracting(OfficialTitle::getCoveredText).containsExactly("区党工委副书记", "管委会副主任");
        assertThat(titles.get(0).getBegin()).isZero();
        assertThat(titles.get(0).getPost()).isEqualTo("副书记");
        assertThat(titles.get(0).getOrganization()).isEqualTo("区党工委");
        for (OfficialTitle t : titles) {
            assertThat(t.getHolders(0).getTarget().getCoveredText()).isEqualTo("郑是瑜");
        }
    }

    @Test
    void aCountBeforeThePostMakesACategoryNotATitle() throws Exception {
        JCas jcas = run(tokens("表彰/v 20/m 名/q 优秀/a 村/n 党组织/n 书记/n 。/w"), TitleAnnotator.class);
        assertThat(covered(jcas, OfficialTitle.class)).isEmpty();
    }

    @Test
    void aLevelLeaderNeedsALevel() throws Exception {
        JCas jcas = run(tokens("与会/v 领导/n 和/c 区/n 领导/n 出席/v 。/w"), TitleAnnotator.class);
        assertThat(covered(jcas, OfficialTitle.class)).containsExactly("区领导");
    }

    @Test
    void theNamesBeforeDengHoldTheTitleAfterIt() throws Exception {
        JCas jcas = tokens("林栋/nr 、/w 张功明/nr 等/u 县/n “/w 四大家/n ”/w 领导/n 参加/v 会议/n 。/w");
        person(jcas, "林栋");
        person(jcas, "张功明");
        run(jcas, TitleAnnotator.class);
        OfficialTitle t = JCasUtil.selectSingle(jcas, OfficialTitle.class);
        assertThat(t.getCoveredText()).isEqualTo("县“四大家”领导");
        assertThat(t.getHolders().toArray()).extracting(h -> ((io.github.tifa.type.HolderLink) h).getTarget().getCoveredText())
                .containsExactly("林栋", "张功明");
    }
}
