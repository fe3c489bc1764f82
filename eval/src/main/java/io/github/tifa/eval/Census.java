package io.github.tifa.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import io.github.tifa.lexicon.LexiconFile;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.RoleNote;
import io.github.tifa.model.Punctuation;
import io.github.tifa.reflow.CreditGrammar;
import io.github.tifa.reflow.CreditVocabulary;
import io.github.tifa.type.Article;
import io.github.tifa.type.Byline;

/**
 * A credit census over many annotated articles: every paragraph that looks like a credit but got
 * no Byline, and every article without one. It finds the credit forms nobody listed; each one it
 * shows is a form to write as a made-up test before a rule reads it. What looks like a credit is
 * decided by the shape of the text and the credit vocabulary (role words, outlets, dateline kinds),
 * never by the grammar that tifa's bylines come from, so that it can see what the grammar misses.
 */
public final class Census {
    /** How a paragraph looks like a credit. */
    public enum Shape {
        /** An outlet and a dateline kind at its start: 某某日报讯, 某某网7月1日讯. */
        DATELINE,
        /** A role word near its start: 记者 张三, 本报记者李四, 某某融媒体中心记者：王五. */
        ROLE_FIRST,
        /** A bracket at its start or end holding a role word or only short names: （记者 张三）, （张三 李四）. */
        BRACKETED,
        /** A short paragraph holding a role word: 张三 摄影报道. */
        SHORT_WITH_ROLE
    }

    /** A paragraph that looks like a credit and got no Byline. */
    public record Missed(String document, Shape shape, String text) {
    }

    /** An article without a Byline: its page and its opening characters. */
    public record Uncredited(String document, String opening) {
    }

    /** The census so far. */
    public record Result(int documents, int articles, int articlesWithByline, int bylines, int creditLike,
            Map<Shape, Integer> missedByShape, List<Missed> missed, List<Uncredited> articlesWithoutByline) {
    }

    /** Longest bracket content, in characters, still read as a credit. */
    private static final int MAX_BRACKET = 30;
    /** Longest paragraph, in characters, read as a short credit line. */
    private static final int MAX_SHORT = 30;
    /** How far into a paragraph a role word still opens a credit (after an outlet). */
    private static final int ROLE_REACH = 14;

    private final CreditVocabulary vocabulary;
    /** Words that close a credit after its names (END of byline_roles.txt: 报道, 摄). */
    private final List<String> closingWords;
    private int documents;
    private int articles;
    private int articlesWithByline;
    private int bylines;
    private int creditLike;
    private final Map<Shape, Integer> missedByShape = new EnumMap<>(Shape.class);
    private final List<Missed> missed = new ArrayList<>();
    private final List<Uncredited> withoutByline = new ArrayList<>();
    /** How many characters of an article's opening the list shows. */
    private static final int OPENING = 40;

    public Census(CreditVocabulary vocabulary, List<String> closingWords) {
        this.vocabulary = vocabulary;
        this.closingWords = closingWords;
        for (Shape s : Shape.values()) {
            missedByShape.put(s, 0);
        }
    }

    /** A census with the built-in byline lexicons. */
    public static Census builtIn() {
        return new Census(CreditGrammar.builtIn().vocabulary(),
                LexiconTrie.read(LexiconFile.BYLINE_ROLES.builtIn()).words(RoleNote.END));
    }

    /** Counts one annotated document. */
    public void add(String document, JCas jcas) {
        documents++;
        String text = jcas.getDocumentText();
        List<Byline> found = List.copyOf(JCasUtil.select(jcas, Byline.class));
        bylines += found.size();
        for (Article a : JCasUtil.select(jcas, Article.class)) {
            articles++;
            if (JCasUtil.selectCovered(Byline.class, a).isEmpty()) {
                withoutByline.add(new Uncredited(document, text.substring(a.getBegin(),
                        Math.min(a.getEnd(), a.getBegin() + OPENING))));
            } else {
                articlesWithByline++;
            }
        }
        for (Paragraph p : JCasUtil.select(jcas, Paragraph.class)) {
            Shape shape = shape(text, p.getBegin(), p.getEnd());
            if (shape == null) {
                continue;
            }
            creditLike++;
            if (found.stream().noneMatch(b -> b.getBegin() < p.getEnd() && p.getBegin() < b.getEnd())) {
                missedByShape.merge(shape, 1, Integer::sum);
                missed.add(new Missed(document, shape, text.substring(p.getBegin(), p.getEnd())));
            }
        }
    }

    public Result result() {
        return new Result(documents, articles, articlesWithByline, bylines, creditLike, Map.copyOf(missedByShape),
                List.copyOf(missed), List.copyOf(withoutByline));
    }

    /** How the paragraph {@code text[begin, end)} looks like a credit, or null when it does not. */
    Shape shape(String text, int begin, int end) {
        int p = vocabulary.skipMarks(text, begin, end);
        if (p >= end) {
            return null;
        }
        int role = vocabulary.creditRoleAt(text, p, end);
        if (role >= 0 && role - p <= ROLE_REACH || startsWithRoleWord(text, p, end)) {
            return Shape.ROLE_FIRST;
        }
        if (vocabulary.startsDateline(text, p, end)) {
            return Shape.DATELINE;
        }
        if (bracketed(text, p, end)) {
            return Shape.BRACKETED;
        }
        if (end - begin <= MAX_SHORT && containsRoleWord(text, begin, end)) {
            return Shape.SHORT_WITH_ROLE;
        }
        return null;
    }

    /**
     * 本报记者王五, 记者王五报道：…: a role word glued to a run of two to four Han characters that ends
     * the paragraph or stops at a space, a mark or a closing word; not prose (记者从会上获悉，…).
     */
    private boolean startsWithRoleWord(String text, int p, int end) {
        for (String role : vocabulary.roles()) {
            if (role.length() < 2 || !text.startsWith(role, p)) {
                continue;
            }
            int q = p + role.length();
            int run = q;
            while (run < end && Character.isIdeographic(text.charAt(run)) && !closes(text, run)) {
                run++;
            }
            if (run - q >= 2 && run - q <= 4 && (run == end || !Character.isIdeographic(text.charAt(run)) || closes(text, run))) {
                return true;
            }
        }
        return false;
    }

    /** A closing word of a credit (报道, 摄) starts at {@code i}. */
    private boolean closes(String text, int i) {
        return closingWords.stream().anyMatch(w -> text.startsWith(w, i));
    }

    private boolean containsRoleWord(String text, int begin, int end) {
        String paragraph = text.substring(begin, end);
        return vocabulary.roles().stream().anyMatch(r -> r.length() >= 2 && paragraph.contains(r));
    }

    /** A bracket at the paragraph's start or end that holds a role word or only names of two to four characters. */
    private boolean bracketed(String text, int p, int end) {
        int last = end;
        while (last > p && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last > p && isClose(text.charAt(last - 1))) {
            int open = Math.max(text.lastIndexOf('（', last - 1), text.lastIndexOf('(', last - 1));
            if (open >= p && last - 1 - open <= MAX_BRACKET && credits(text, open + 1, last - 1)) {
                return true;
            }
        }
        if (isOpen(text.charAt(p))) {
            for (int close = p + 1; close < Math.min(end, p + MAX_BRACKET); close++) {
                if (isClose(text.charAt(close))) {
                    return credits(text, p + 1, close);
                }
            }
        }
        return false;
    }

    /** The bracket content holds a role word, or is only runs of two to four Han characters. */
    private boolean credits(String text, int from, int to) {
        if (containsRoleWord(text, from, to)) {
            return true;
        }
        // names separated as a credit separates them (spaces, 、 / |), each two to four Han characters
        int run = 0;
        int names = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c) || Punctuation.NAME_SEPARATORS.has(c)) {
                if (run > 0 && (run < 2 || run > 4)) {
                    return false;
                }
                names += run > 0 ? 1 : 0;
                run = 0;
            } else if (Character.isIdeographic(c)) {
                run++;
            } else {
                return false;
            }
        }
        return names > 0;
    }

    private static boolean isOpen(char c) {
        return c == '（' || c == '(' || c == '【';
    }

    private static boolean isClose(char c) {
        return c == '）' || c == ')' || c == '】';
    }
}
