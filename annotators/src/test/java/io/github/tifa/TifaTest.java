package io.github.tifa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import io.github.tifa.reflow.Alignments;
import io.github.tifa.type.Article;
import io.github.tifa.type.Byline;
import io.github.tifa.type.Contributor;
import io.github.tifa.type.Headline;
import io.github.tifa.type.Meeting;
import io.github.tifa.type.OfficialTitle;
import io.github.tifa.type.PersonName;
import io.github.tifa.type.Slogan;

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

    @Test
    void rulesAloneAnnotateAReadPageAgainAsThePipelineDid() throws Exception {
        JCas jcas = Tifa.annotate(TestPages.demoPage());
        Map<String, List<String>> first = ruleOutput(jcas);
        assertThat(first.values()).allSatisfy(spans -> assertThat(spans).isNotEmpty());
        for (Class<? extends Annotation> type : RULE_TYPES) {
            for (Annotation a : new ArrayList<>(JCasUtil.select(jcas, type))) {
                a.removeFromIndexes();
            }
        }
        assertThat(ruleOutput(jcas).values()).allSatisfy(spans -> assertThat(spans).isEmpty());
        AnalysisEngineFactory.createEngine(Tifa.rules()).process(jcas);
        assertThat(ruleOutput(jcas)).isEqualTo(first);
    }

    private static final List<Class<? extends Annotation>> RULE_TYPES = List.of(Article.class, Headline.class,
            Paragraph.class, Byline.class, Contributor.class, PersonName.class, NamedEntity.class, OfficialTitle.class,
            Meeting.class, Slogan.class);

    /** Each rule type's annotations as "begin-end text", in text order. */
    private static Map<String, List<String>> ruleOutput(JCas jcas) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Class<? extends Annotation> type : RULE_TYPES) {
            out.put(type.getSimpleName(), JCasUtil.select(jcas, type).stream()
                    .map(a -> a.getBegin() + "-" + a.getEnd() + " " + a.getCoveredText()).toList());
        }
        return out;
    }
}
