package io.github.tifa.structure;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import io.github.tifa.reflow.CreditLineAnnotator;
import io.github.tifa.reflow.Alignments;
import io.github.tifa.reflow.PageLayout;
import io.github.tifa.type.Article;
import io.github.tifa.type.Headline;

/**
 * Marks the articles of a reflowed page as {@link PageLayout} reads the raw page: an article runs
 * from its first body character to the end of its headline block, which the page prints after the
 * body; the whole block is one {@link Headline}; each body paragraph is a {@link Paragraph}. Page
 * furniture before the first article belongs to none.
 */
@TypeCapability(
        inputs = "io.github.tifa.type.Alignment",
        outputs = {
                "io.github.tifa.type.Article",
                "io.github.tifa.type.Headline",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph"})
public class ArticleAnnotator extends CreditLineAnnotator {

    static final String ARTICLE_RULE = "article.body-then-headline";
    static final String HEADLINE_RULE = "headline.block-after-body";
    private static final String QUOTES = "“”‘’「」『』\"'";

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        String raw;
        try {
            raw = jcas.getView(Alignments.RAW_VIEW).getDocumentText();
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
        Alignments align = Alignments.of(jcas);
        PageLayout layout = PageLayout.of(raw, vocabulary);
        List<PageLayout.Line> lines = layout.textLines();
        int firstOfParagraph = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (firstOfParagraph < 0) {
                firstOfParagraph = i;
            }
            if (layout.breakAfter(i) != PageLayout.Break.JOIN) {
                if (!lines.get(i).isHeadline()) {
                    add(jcas, new Paragraph(jcas), align, lines.get(firstOfParagraph), lines.get(i));
                }
                firstOfParagraph = -1;
            }
        }
        for (PageLayout.Article article : layout.articles()) {
            List<PageLayout.Line> all = article.lines();
            Article a = new Article(jcas);
            a.setRule(ARTICLE_RULE);
            add(jcas, a, align, all.get(0), all.get(all.size() - 1));
            List<PageLayout.Line> headline = article.headline();
            if (!headline.isEmpty()) {
                Headline h = new Headline(jcas);
                h.setRule(HEADLINE_RULE);
                add(jcas, h, align, headline.get(0), headline.get(headline.size() - 1));
            }
        }
    }

    /** Sets the clean span from {@code first}'s start to {@code last}'s end, trimmed, and indexes it. */
    private void add(JCas jcas, org.apache.uima.jcas.tcas.Annotation annotation, Alignments align,
            PageLayout.Line first, PageLayout.Line last) {
        String text = jcas.getDocumentText();
        int begin = align.toClean(first.contentStart());
        int end = align.toClean(last.contentEnd());
        // a typographic mark (□本报记者 …) is decoration, not the article's first character
        while (!(annotation instanceof Paragraph) && begin < end
                && (vocabulary.marks().has(text.charAt(begin)) || Character.isWhitespace(text.charAt(begin)))) {
            begin++;
        }
        // spans never start or end on a quotation mark: 为科技成果转化装上“加速器”
        while (begin < end && QUOTES.indexOf(text.charAt(begin)) >= 0) {
            begin++;
        }
        while (end > begin && QUOTES.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (begin < end) {
            annotation.setBegin(begin);
            annotation.setEnd(end);
            annotation.addToIndexes();
        }
    }
}
