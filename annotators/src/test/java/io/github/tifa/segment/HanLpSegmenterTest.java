package io.github.tifa.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class HanLpSegmenterTest {

    private static JCas segment(String text, Object... params) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        AnalysisEngineFactory.createEngine(HanLpSegmenter.class, params).process(jcas);
        return jcas;
    }

    @Test
    void tokensCoverTheirTextWithPartOfSpeech() throws Exception {
        JCas jcas = segment("区党工委书记钱立新主持会议并讲话。");
        List<Token> tokens = List.copyOf(JCasUtil.select(jcas, Token.class));
        assertThat(tokens).extracting(Token::getCoveredText).contains("主持", "会议", "讲话", "。");
        assertThat(tokens).allSatisfy(t -> assertThat(t.getPos().getPosValue()).isNotBlank());
        assertThat(tokens.get(0).getBegin()).isZero();
        assertThat(tokens.get(tokens.size() - 1).getEnd()).isEqualTo(jcas.getDocumentText().length());
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).getBegin()).isEqualTo(tokens.get(i - 1).getEnd());
        }
    }

    @Test
    void offsetsStayExactAfterCharacterOutsideTheBmp() throws Exception {
        String text = "𠮷野家在经开区开业，市领导出席仪式。第二句话在这里。";
        JCas jcas = segment(text);
        List<Token> tokens = List.copyOf(JCasUtil.select(jcas, Token.class));
        StringBuilder joined = new StringBuilder();
        for (Token t : tokens) {
            assertThat(Character.isLowSurrogate(text.charAt(t.getBegin()))).as("token %s starts mid-pair", t).isFalse();
            joined.append(t.getCoveredText());
        }
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(tokens).extracting(Token::getCoveredText).contains("出席", "仪式");
        assertThat(JCasUtil.select(jcas, Sentence.class)).extracting(Sentence::getCoveredText)
                .containsExactly("𠮷野家在经开区开业，市领导出席仪式。", "第二句话在这里。");
    }

    @Test
    void skipsWhiteSpaceAndSplitsSentencesAtLineEnds() throws Exception {
        JCas jcas = segment("□本报记者 许  晴\n双林集团6AT DSI项目投产！“好！”他说。");
        assertThat(JCasUtil.select(jcas, Token.class)).noneMatch(t -> t.getCoveredText().isBlank());
        assertThat(JCasUtil.select(jcas, Sentence.class)).extracting(Sentence::getCoveredText)
                .containsExactly("□本报记者 许  晴", "双林集团6AT DSI项目投产！", "“好！”", "他说。");
    }

    @Test
    void longTextWithoutPunctuationIsCutIntoChunks() throws Exception {
        String text = "经开区推进项目建设".repeat(500);
        JCas jcas = segment(text, HanLpSegmenter.PARAM_MAX_CHUNK, 100);
        List<Token> tokens = List.copyOf(JCasUtil.select(jcas, Token.class));
        assertThat(tokens.get(tokens.size() - 1).getEnd()).isEqualTo(text.length());
        StringBuilder joined = new StringBuilder();
        tokens.forEach(t -> joined.append(t.getCoveredText()));
        assertThat(joined.toString()).isEqualTo(text);
    }
}
