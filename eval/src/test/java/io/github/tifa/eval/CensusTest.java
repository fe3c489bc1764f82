package io.github.tifa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import io.github.tifa.type.Article;
import io.github.tifa.type.Byline;

/** The credit census on made-up paragraphs. */
class CensusTest {
    private final Census census = Census.builtIn();

    private Census.Shape shape(String paragraph) {
        return census.shape(paragraph, 0, paragraph.length());
    }

    @Test
    void paragraphsThatLookLikeCredits() {
        assertThat(shape("青山日报讯 近日，全县召开会议。")).isEqualTo(Census.Shape.DATELINE);
        assertThat(shape("本报记者 林晓 通讯员 韩冬")).isEqualTo(Census.Shape.ROLE_FIRST);
        assertThat(shape("本报记者林晓")).isEqualTo(Census.Shape.ROLE_FIRST);
        assertThat(shape("会议部署了下一步工作。（林晓 韩冬）")).isEqualTo(Census.Shape.BRACKETED);
        assertThat(shape("（记者 林晓）7月1日，全县召开会议。")).isEqualTo(Census.Shape.BRACKETED);
        assertThat(shape("林晓 摄影报道")).isEqualTo(Census.Shape.SHORT_WITH_ROLE);
    }

    @Test
    void bodyTextIsNone() {
        assertThat(shape("会议强调，要抓好各项工作落实。")).isNull();
        assertThat(shape("会议部署了下一步工作（详见第三版）。")).isNull();
        assertThat(shape("记者从会上获悉，全县今年新建项目三十个，总投资超过十亿元，比去年多出一倍。")).isNull();
    }

    @Test
    void countsCreditsWithoutABylineAndArticlesWithoutOne() throws Exception {
        String text = "本报记者 林晓\n会议召开。\n会议部署了工作。（韩冬 孔丽）";
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        new Article(jcas, 0, 13).addToIndexes();
        new Article(jcas, 14, text.length()).addToIndexes();
        new Paragraph(jcas, 0, 7).addToIndexes();
        new Paragraph(jcas, 8, 13).addToIndexes();
        new Paragraph(jcas, 14, text.length()).addToIndexes();
        new Byline(jcas, 0, 7).addToIndexes();
        census.add("made-up", jcas);
        Census.Result r = census.result();
        assertThat(r.creditLike()).isEqualTo(2);
        assertThat(r.missed()).extracting(Census.Missed::text).containsExactly("会议部署了工作。（韩冬 孔丽）");
        assertThat(r.missedByShape().get(Census.Shape.BRACKETED)).isEqualTo(1);
        assertThat(r.articles()).isEqualTo(2);
        assertThat(r.articlesWithByline()).isEqualTo(1);
        assertThat(r.articlesWithoutByline()).extracting(Census.Uncredited::opening).containsExactly("会议部署了工作。（韩冬 孔丽）");
    }
}
