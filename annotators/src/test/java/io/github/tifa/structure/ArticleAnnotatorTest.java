package io.github.tifa.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import io.github.tifa.Tifa;
import io.github.tifa.TestPages;
import io.github.tifa.type.Article;
import io.github.tifa.type.Headline;

class ArticleAnnotatorTest {

    @Test
    void headlinesAfterEachBodyCloseTheArticle() throws Exception {
        JCas jcas = Tifa.annotate(TestPages.demoPage());
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText).containsExactly(
                "临沂经开区党工委召开会议", "传达学习省纪委全会精神", "临沂银行新市民服务中心揭牌", "经开区部署春季农业生产工作");
        assertThat(JCasUtil.select(jcas, Article.class)).hasSize(3).allSatisfy(a -> {
            assertThat(a.getRule()).isEqualTo(ArticleAnnotator.ARTICLE_RULE);
            assertThat(JCasUtil.selectCovered(Headline.class, a)).isNotEmpty();
        });
        Article second = JCasUtil.select(jcas, Article.class).stream().skip(1).findFirst().orElseThrow();
        assertThat(second.getCoveredText()).startsWith("本报记者 许  晴\n近日，").endsWith("临沂银行新市民服务中心揭牌");
        assertThat(JCasUtil.select(jcas, Paragraph.class)).extracting(Paragraph::getCoveredText)
                .contains("□本报记者 许  晴").noneMatch(p -> p.equals("经开区部署春季农业生产工作"));
    }

    @Test
    void shortLinesBeforeTheFirstBodyAreFurniture() throws Exception {
        JCas jcas = Tifa.annotate("要闻\n会议召开，研究部署全区重点工作，要求抓好落实。\n经开区召开会议\n");
        Article article = JCasUtil.selectSingle(jcas, Article.class);
        assertThat(article.getCoveredText()).isEqualTo("会议召开，研究部署全区重点工作，要求抓好落实。\n经开区召开会议");
    }

    @Test
    void articleWithoutHeadlineEndsAtItsBody() throws Exception {
        JCas jcas = Tifa.annotate("会议召开，研究部署全区重点工作。\n");
        assertThat(JCasUtil.selectSingle(jcas, Article.class).getCoveredText()).isEqualTo("会议召开，研究部署全区重点工作。");
        assertThat(JCasUtil.select(jcas, Headline.class)).isEmpty();
    }

    @Test
    void trailingCreditOnItsOwnLineStaysInTheBody() throws Exception {
        JCas jcas = Tifa.annotate("会议要求，要以整改实效推动工作落地见效。\n（记者 司马言）\n县委常委班子召开民主生活会\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("县委常委班子召开民主生活会");
    }

    @Test
    void headlineNeverEndsOnAQuotationMark() throws Exception {
        JCas jcas = Tifa.annotate("基地建成后，企业研发周期缩短三分之一。\n为科技成果转化装上“加速器”\n");
        assertThat(JCasUtil.selectSingle(jcas, Headline.class).getCoveredText()).isEqualTo("为科技成果转化装上“加速器");
    }

    @Test
    void kickerEndingInAColonIsAHeadline() throws Exception {
        JCas jcas = Tifa.annotate("全市已累计建成高标准农田四百万亩。\n河北邢台：\n高标准农田里春管忙\n");
        assertThat(JCasUtil.select(jcas, Headline.class)).extracting(Headline::getCoveredText)
                .containsExactly("河北邢台：", "高标准农田里春管忙");
    }
}
