package io.github.tifa.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import io.github.tifa.PreparedCas;
import io.github.tifa.structure.ArticleAnnotator;
import io.github.tifa.type.Article;
import io.github.tifa.type.Headline;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Pages laid out the way a newspaper sets them: several articles, each in its own column width (14
 * to 24 characters), paragraphs whose first line lacks the two-character indent, column breaks (a
 * blank line) anywhere inside a paragraph, and a headline block of one to three lines printed after
 * each body, sometimes with a blank line inside. The page model must find every article and its
 * headline block, and break no body line except at a sentence end. Each property runs the build's
 * default number of tries (200; {@code mvn verify -Pfuzz}: 100 000).
 */
class LayoutProperties {

    private static final String[] PHRASES = {"全面推进乡村振兴", "持续优化营商环境", "抓好春季农业生产", "扎实开展安全生产检查",
        "加快重点项目建设", "提升基层治理能力", "推动产业转型升级", "强化资金要素保障", "做好民生实事", "深化放管服改革",
        "加强生态环境保护", "落实防汛抗旱责任", "健全监测帮扶机制", "压实各级工作责任", "确保各项任务落地见效"};
    private static final String[] OPENERS = {"会议指出", "会议强调", "会议要求", "据了解", "近年来", "下一步"};
    private static final String[] HEADLINE_WORDS = {"全县", "部署", "春季", "农业生产", "重点项目", "集中签约", "开工",
        "座谈会召开", "推进会", "防汛工作", "乡村振兴", "民营经济", "高质量发展"};
    private static final String[] PLACES = {"临沂", "邢台", "隆回", "宁晋", "襄都"};

    record Page(String raw, List<String> headlines, String content) {
    }

    static Page generate(long seed, int articles) {
        Random random = new Random(seed);
        StringBuilder raw = new StringBuilder();
        StringBuilder content = new StringBuilder();
        List<String> headlines = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            int width = 14 + random.nextInt(11);
            List<String> paragraphs = new ArrayList<>();
            String byline = "本报" + PLACES[random.nextInt(PLACES.length)] + "讯（记者 王晓明）";
            int count = 1 + random.nextInt(4);
            for (int p = 0; p < count; p++) {
                StringBuilder paragraph = new StringBuilder(p == 0 ? byline + (1 + random.nextInt(12)) + "月"
                        + (1 + random.nextInt(28)) + "日，" : OPENERS[random.nextInt(OPENERS.length)] + "，");
                int sentences = 1 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    int phrases = 2 + random.nextInt(3);
                    for (int k = 0; k < phrases; k++) {
                        paragraph.append(PHRASES[random.nextInt(PHRASES.length)]).append(k + 1 < phrases ? "，" : "。");
                    }
                }
                paragraphs.add(paragraph.toString());
            }
            for (String paragraph : paragraphs) {
                // the first line lacks the indent; a column break may fall after any line
                int pos = 0;
                boolean first = true;
                while (pos < paragraph.length()) {
                    int n = Math.min(paragraph.length() - pos, first ? width - 2 : width);
                    if (pos + n < paragraph.length() && "，。、".indexOf(paragraph.charAt(pos + n)) >= 0) {
                        n++; // no line starts with a comma or a full stop: it stays on the line before
                    }
                    raw.append(paragraph, pos, pos + n).append('\n');
                    pos += n;
                    first = false;
                    if (pos < paragraph.length() && random.nextInt(6) == 0) {
                        raw.append('\n');
                    }
                }
                raw.append(random.nextBoolean() ? "\n" : "");
                content.append(paragraph);
            }
            if (!raw.toString().endsWith("\n\n")) {
                raw.append('\n');
            }
            List<String> lines = new ArrayList<>();
            int headlineLines = 1 + random.nextInt(3);
            for (int h = 0; h < headlineLines; h++) {
                StringBuilder line = new StringBuilder();
                int words = 2 + random.nextInt(3);
                for (int w = 0; w < words; w++) {
                    line.append(HEADLINE_WORDS[random.nextInt(HEADLINE_WORDS.length)]);
                }
                lines.add(line.toString());
            }
            for (int h = 0; h < lines.size(); h++) {
                raw.append(lines.get(h)).append('\n');
                if (h + 1 < lines.size() && random.nextInt(4) == 0) {
                    raw.append('\n'); // 2022年度…出炉⏎⏎…连续五年进位
                }
                content.append(lines.get(h));
            }
            raw.append('\n');
            headlines.add(String.join("", lines));
        }
        return new Page(raw.toString(), headlines, content.toString());
    }

    @Property
    void everyArticleAndItsHeadlineBlockIsFound(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int articles)
            throws Exception {
        Page page = generate(seed, articles);
        JCas jcas = PreparedCas.run(PreparedCas.reflowed(page.raw()), ArticleAnnotator.class);
        List<Article> found = List.copyOf(JCasUtil.select(jcas, Article.class));
        assertThat(found).as("articles of%n%s", page.raw()).hasSize(articles);
        for (int a = 0; a < articles; a++) {
            List<Headline> headline = JCasUtil.selectCovered(Headline.class, found.get(a));
            assertThat(headline).as("headline of article %d in%n%s", a, page.raw()).hasSize(1);
            assertThat(headline.get(0).getCoveredText().replace("\n", ""))
                    .as("headline of article %d in%n%s", a, page.raw()).isEqualTo(page.headlines().get(a));
        }
    }

    @Property
    void bodyLinesBreakOnlyAtSentenceEnds(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int articles) {
        Page page = generate(seed, articles);
        String clean = Reflow.reflow(page.raw()).clean();
        assertThat(clean.replace("\n", "")).isEqualTo(page.content());
        for (String line : clean.split("\n")) {
            if (!line.isEmpty() && !line.endsWith("。")) {
                assertThat(page.headlines()).as("open line %s in%n%s", line, page.raw())
                        .anyMatch(h -> h.contains(line));
            }
        }
    }
}
