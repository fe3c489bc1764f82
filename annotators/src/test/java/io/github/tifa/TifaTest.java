package io.github.tifa;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.reflow.Alignments;
import io.github.tifa.type.Article;

class TifaTest {

    @Test
    void annotateReflowsSegmentsAndFindsArticles() throws Exception {
        String raw = "本报临沂讯（记者 周明远）3月12日，临沂经开区党工委召开会\n议，研究部署全区工作。\n经开区召开党工委会议\n";
        JCas jcas = Tifa.annotate(raw);
        assertThat(jcas.getDocumentText())
                .isEqualTo("本报临沂讯（记者 周明远）3月12日，临沂经开区党工委召开会议，研究部署全区工作。\n经开区召开党工委会议");
        assertThat(JCasUtil.select(jcas, Sentence.class)).extracting(Sentence::getCoveredText)
                .containsExactly("本报临沂讯（记者 周明远）3月12日，临沂经开区党工委召开会议，研究部署全区工作。", "经开区召开党工委会议");
        assertThat(JCasUtil.select(jcas, Token.class)).extracting(Token::getCoveredText).contains("会议", "研究");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(1);
        assertThat(Alignments.of(jcas).toRaw(jcas.getDocumentText().indexOf("议，研究"))).isEqualTo(raw.indexOf("议，研究"));
    }
}
