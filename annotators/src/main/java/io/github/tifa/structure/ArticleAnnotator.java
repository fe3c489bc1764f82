package io.github.tifa.structure;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import io.github.tifa.reflow.Alignments;
import io.github.tifa.reflow.HeadlineBlocks;
import io.github.tifa.reflow.PageLayout.Kind;
import io.github.tifa.type.Article;
import io.github.tifa.type.Credit;
import io.github.tifa.type.Headline;
import io.github.tifa.type.LayoutBlock;
import io.github.tifa.type.LayoutLine;

/**
 * Marks the articles of a reflowed page from the layout Reflow wrote into view raw
 * ({@link LayoutLine}, {@link LayoutBlock}): an article runs from its first body character to the
 * end of its headline block, which the page prints after the body; each headline block is one
 * {@link Headline}; each body paragraph is a {@link Paragraph}. Page furniture before the first
 * article belongs to none.
 *
 * <p>An article ends after its headline block, or where the next one opens (a dateline or an
 * opening credit) once it has a body: a credit alone before a dateline (□记者 王五⏎本报讯 …)
 * opens the same article. An article printed without a headline (a brief) ends at its closing
 * credit ({@link Credit}, found by Reflow): the next body line starts the next article.
 */
@TypeCapability(
        inputs = {"io.github.tifa.type.Alignment", "io.github.tifa.type.LayoutLine", "io.github.tifa.type.LayoutBlock",
                "io.github.tifa.type.Credit"},
        outputs = {
                "io.github.tifa.type.Article",
                "io.github.tifa.type.Headline",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph"})
public class ArticleAnnotator extends JCasAnnotator_ImplBase {

    static final String ARTICLE_RULE = ArticleBounds.NAME;
    static final String HEADLINE_RULE = HeadlineBlocks.NAME;

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        JCas raw = Alignments.rawView(jcas);
        Alignments align = Alignments.of(jcas);
        List<LayoutLine> lines = new ArrayList<>(JCasUtil.select(raw, LayoutLine.class));
        LayoutLine firstOfParagraph = null;
        for (LayoutLine line : lines) {
            firstOfParagraph = firstOfParagraph == null ? line : firstOfParagraph;
            if (!"JOIN".equals(line.getBreakAfter())) {
                if (ArticleBounds.kind(line) != Kind.HEADLINE) {
                    add(jcas, new Paragraph(jcas), align, firstOfParagraph, line);
                }
                firstOfParagraph = null;
            }
        }
        for (List<LayoutLine> article : ArticleBounds.articles(lines, JCasUtil.select(raw, Credit.class))) {
            Article a = new Article(jcas);
            a.setRule(ARTICLE_RULE);
            add(jcas, a, align, article.get(0), article.get(article.size() - 1));
        }
        for (LayoutBlock block : JCasUtil.select(raw, LayoutBlock.class)) {
            if ("HEADLINE".equals(block.getKind())) {
                Headline h = new Headline(jcas);
                h.setRule(HEADLINE_RULE);
                add(jcas, h, align, block, block);
            }
        }
    }




    /**
     * Sets the clean span from {@code first}'s raw start to {@code last}'s raw end, white space trimmed,
     * and indexes it. Articles, headlines and paragraphs are blocks of printed lines: a mark before a
     * credit (□记者 王五) and a closing quotation mark (…装上“加速器”) are theirs (GUIDELINES.md).
     */
    private static void add(JCas jcas, Annotation annotation, Alignments align, Annotation first, Annotation last) {
        String text = jcas.getDocumentText();
        int begin = align.toClean(first.getBegin());
        int end = align.toClean(last.getEnd());
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            annotation.setBegin(begin);
            annotation.setEnd(end);
            annotation.addToIndexes();
        }
    }
}
