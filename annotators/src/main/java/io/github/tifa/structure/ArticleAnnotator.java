package io.github.tifa.structure;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.Lexicons;
import io.github.tifa.type.Article;
import io.github.tifa.type.Headline;

/**
 * Finds articles on a reflowed page. The page prints each headline after its body, so an article is
 * a run of body lines followed by the headline lines under it. A headline line is short, carries no
 * full stop and does not end a sentence; a body line (a {@link Paragraph}) is anything else. Short
 * open lines before the first body line are page furniture and belong to no article.
 */
@TypeCapability(outputs = {
        "io.github.tifa.type.Article",
        "io.github.tifa.type.Headline",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph"})
public class ArticleAnnotator extends JCasAnnotator_ImplBase {

    /** Longest line, in characters, that can be a headline line. */
    public static final String PARAM_MAX_HEADLINE_LENGTH = "maxHeadlineLength";
    @ConfigurationParameter(name = PARAM_MAX_HEADLINE_LENGTH, mandatory = false, defaultValue = "40")
    private int maxHeadlineLength;

    /** Lexicon of credit role words ({@code classpath:} or a file): role, canonical role. */
    public static final String PARAM_ROLE_LEXICON = "roleLexicon";
    @ConfigurationParameter(name = PARAM_ROLE_LEXICON, mandatory = false,
            defaultValue = Lexicons.BYLINE_ROLES)
    private String roleLexicon;

    private LexiconTrie roles;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        roles = LexiconTrie.load(roleLexicon, 2);
    }

    static final String ARTICLE_RULE = "article.body-then-headlines";
    static final String HEADLINE_RULE = "headline.short-open-line";
    private static final String MARKS = "□■◎○★●◆◇";
    private static final String QUOTES = "“”‘’「」『』\"'";

    private record Span(int begin, int end) {
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null) {
            return;
        }
        int articleBegin = -1;
        int bodyEnd = -1;
        List<Span> headlines = new ArrayList<>();
        List<Span> lines = lines(text);
        for (int k = 0; k < lines.size(); k++) {
            Span line = lines.get(k);
            boolean kicker = endsWithColon(text, line) && k + 1 < lines.size()
                    && isHeadlineLine(text, lines.get(k + 1).begin, lines.get(k + 1).end);
            if (kicker || isHeadlineLine(text, line.begin, line.end)) {
                if (articleBegin >= 0) {
                    headlines.add(line);
                }
                continue;
            }
            if (!headlines.isEmpty()) {
                close(jcas, articleBegin, bodyEnd, headlines);
                headlines.clear();
                articleBegin = -1;
            }
            if (articleBegin < 0) {
                articleBegin = line.begin;
            }
            bodyEnd = line.end;
            new Paragraph(jcas, line.begin, line.end).addToIndexes();
        }
        if (articleBegin >= 0) {
            close(jcas, articleBegin, bodyEnd, headlines);
        }
    }

    private void close(JCas jcas, int begin, int bodyEnd, List<Span> headlines) {
        int end = headlines.isEmpty() ? bodyEnd : headlines.get(headlines.size() - 1).end;
        String text = jcas.getDocumentText();
        // a typographic mark (□本报记者 …) is decoration, not the article's first character
        while (begin < end && (MARKS.indexOf(text.charAt(begin)) >= 0 || Character.isWhitespace(text.charAt(begin)))) {
            begin++;
        }
        Span trimmed = trimQuotes(text, new Span(begin, end));
        Article article = new Article(jcas, trimmed.begin, trimmed.end);
        article.setRule(ARTICLE_RULE);
        article.addToIndexes();
        for (Span h : headlines) {
            Span line = trimQuotes(text, h);
            Headline headline = new Headline(jcas, line.begin, line.end);
            headline.setRule(HEADLINE_RULE);
            headline.addToIndexes();
        }
    }

    /** Spans never start or end on a quotation mark: 为科技成果转化装上“加速器”. */
    private static Span trimQuotes(String text, Span s) {
        int b = s.begin;
        int e = s.end;
        while (b < e && QUOTES.indexOf(text.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && QUOTES.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new Span(b, e);
    }

    private static boolean endsWithColon(String text, Span line) {
        char last = text.charAt(line.end - 1);
        return (last == '：' || last == ':') && text.codePointCount(line.begin, line.end) <= 12;
    }

    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int b = start;
                int e = i;
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (b < e) {
                    lines.add(new Span(b, e));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    boolean isHeadlineLine(String text, int begin, int end) {
        if (text.codePointCount(begin, end) > maxHeadlineLength) {
            return false;
        }
        for (int i = begin; i < end; i++) {
            if (text.charAt(i) == '。') {
                return false;
            }
        }
        int last = end - 1;
        while (last > begin && "”’」』）)\"".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        if ("。！？!?；…：:，,".indexOf(text.charAt(last)) >= 0) {
            return false;
        }
        return !isCredit(text, begin, end);
    }

    /**
     * A credit line is body, not a headline: a mark (□本报记者 曹俐), a role and a space (记者 刘建新 摄),
     * or a bracketed role at the line start (（记者 司马言）).
     */
    private boolean isCredit(String text, int begin, int end) {
        int i = begin;
        while (i < end && (MARKS + " \u3000").indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i > begin) {
            return true;
        }
        if (i < end && (text.charAt(i) == '（' || text.charAt(i) == '(')) {
            i++;
        }
        LexiconTrie.Matches hits = roles.lazy(text.substring(i, end));
        int roleEnd = hits.endAt(0);
        return roleEnd > 0 && roleEnd < end - i && Character.isWhitespace(text.charAt(i + roleEnd));
    }
}
