package io.github.tifa.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.github.tifa.Tifa;
import io.github.tifa.io.PageText;

/**
 * The whole pipeline on pages generated from news vocabulary and PDF layout, with random
 * mutations: no exception, every annotation inside the text, raw spans that hold the clean text,
 * XMI that is XML 1.0 and reads back equal. The default build runs a few hundred pages; the
 * {@code fuzz} profile ({@code mvn verify -Pfuzz}) runs 100 000.
 */
class PipelineProperties {

    private static final List<String> PIECES = List.of("本报临沂讯（记者 周明远 通讯员 韩  雪）", "新华社北京3月5日电（记者 高敬、王立彬）",
            "□本报记者 许  晴", "（记者 孔德海）", "区党工委书记、管委会主任钱立新主持会议", "区领导杨小生、杨银轩出席",
            "习近平总书记", "中共山东省纪委十二届三次全体会议", "揭牌暨开业仪式", "民营企业家座谈会", "会议指出", "“两个确立”",
            "“1+3+N”", "“‘书香润心’助力‘双减’读书行动”", "扛好“大梁”", "四个意识", "组织部（人力资源部）部长", "，", "。", "、",
            "“", "”", "（", "）", "𠮷", "⾼", "２０", "6AT DSI", "经开区部署春季农业生产工作", "3月12日");
    private static final List<String> LAYOUT = List.of("\n", "\n\n", "\r\n", "\r", " ", "  ", "\u3000", "\t", "\u0001",
            "\uD800", "\uFFFF", "");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> piece = Combinators.combine(Arbitraries.of(PIECES), Arbitraries.of(LAYOUT),
                Arbitraries.integers().between(0, 2)).as((p, l, n) -> n == 0 ? p + l : p);
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property
    void annotationsStayInsideTheTextAndMapToTheirRawCharacters(@ForAll("pages") String page) throws Exception {
        JCas jcas = Tifa.annotate(page);
        String clean = jcas.getDocumentText();
        String raw = jcas.getView(Alignments.RAW_VIEW).getDocumentText();
        assertThat(raw).isEqualTo(PageText.sanitize(page));
        Alignments align = Alignments.of(jcas);
        for (Annotation a : JCasUtil.select(jcas, Annotation.class)) {
            assertThat(a.getBegin()).isBetween(0, a.getEnd());
            assertThat(a.getEnd()).isLessThanOrEqualTo(clean.length());
            if (a.getBegin() < a.getEnd()) {
                int rb = align.rawBegin(a.getBegin(), a.getEnd());
                int re = align.rawEnd(a.getBegin(), a.getEnd());
                String rawSpan = raw.substring(rb, re);
                // the raw span holds the clean span's characters in order, with only layout between
                assertThat(noSpace(fold(rawSpan))).isEqualTo(noSpace(a.getCoveredText()));
            }
        }
    }

    @Property
    void xmiIsXml10AndReadsBackEqual(@ForAll("pages") String page) throws Exception {
        JCas jcas = Tifa.annotate(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiCasSerializer.serialize(jcas.getCas(), out);
        assertThat(out.toString("UTF-8")).startsWith("<?xml version=\"1.0\"");
        JCas back = JCasFactory.createJCas();
        XmiCasDeserializer.deserialize(new ByteArrayInputStream(out.toByteArray()), back.getCas());
        assertThat(signatures(back)).containsExactlyInAnyOrderElementsOf(signatures(jcas));
        assertThat(back.getView(Alignments.RAW_VIEW).getDocumentText())
                .isEqualTo(jcas.getView(Alignments.RAW_VIEW).getDocumentText());
    }

    private static String noSpace(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String fold(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append(CharFold.fold(s.charAt(i)));
        }
        return sb.toString();
    }

    private static List<String> signatures(JCas jcas) {
        List<String> result = new ArrayList<>();
        for (Annotation a : JCasUtil.select(jcas, Annotation.class)) {
            result.add(a.getType().getName() + "[" + a.getBegin() + "," + a.getEnd() + "]");
        }
        return result;
    }
}
