package io.github.tifa.reflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.tifa.lexicon.LexiconPatterns;
import io.github.tifa.lexicon.LexiconTrie;
import io.github.tifa.lexicon.WordClass.BylineContext;
import io.github.tifa.lexicon.LexiconFile;

/**
 * The one grammar of credits (电头 and 署名), built from the byline lexicons and the shape of the
 * text, never from particular names. Reflow finds the credits of each paragraph with it (and keeps
 * the spaces that separate names inside them); the byline rules read each credit's parts with it.
 * Four positions:
 * <ul>
 * <li>{@link Position#DATELINE}: [citing] outlet [place] [date] kind [（role name… role name…）] at
 * a paragraph's start: 本报济宁讯（记者 曹俐 通讯员 康凯）, 新华社北京3月5日电（记者 张三）;</li>
 * <li>{@link Position#OPENING}: a paragraph that starts with role + space + names (after an optional
 * □/■ mark): 本报记者 王五, □本报记者 张  三 通讯员 李四;</li>
 * <li>{@link Position#CLOSING}: a bracketed credit that ends a paragraph: ……。（记者 赵六）, ……。（苗强）;</li>
 * <li>{@link Position#NAME_ONLY}: a paragraph that is only a name (秦 越) after a sentence end;</li>
 * <li>{@link Position#CAPTION}: a photographer's name after a caption's last sentence: ……讲话。韩冬 摄. It
 * credits the picture, so it closes no article.</li>
 * </ul>
 * Names are runs of two to four Han characters, or two single characters padded with spaces to a
 * three-character width (张  三); several names may follow one role, separated by spaces or 、.
 */
public final class CreditGrammar {

    /** Where a credit stands, which decides how it is read. */
    public enum Position { DATELINE, OPENING, CLOSING, NAME_ONLY, CAPTION }

    /** A credited name with its canonical role ("" when none is printed). */
    public record Name(String role, int begin, int end) {
    }

    /** A credit found in a text: its span, position, dateline parts and names. */
    public record Credit(Position position, int begin, int end, String agency, String place, String dateline,
            List<Name> names) {
    }

    /** Pattern name of byline_patterns.txt: the date of a dateline (3月5日, 三月五日). */
    public static final String DATE = "DATE";
    /** Pattern name of byline_patterns.txt: a day without its month, right before a dateline's kind (本报17日讯). */
    public static final String DAY = "DAY";
    private final CreditVocabulary vocabulary;
    private final DatelineCredit dateline;
    private final OpeningCredit opening;
    private final ClosingCredit closing;
    private final NameOnlyCredit nameOnly;

    /**
     * The grammar of these lexicons: byline_roles.txt, byline_agencies.txt, byline_context.txt,
     * surnames.txt, numerals.txt and byline_patterns.txt.
     *
     * @throws IllegalArgumentException when the patterns do not compile
     */
    public CreditGrammar(LexiconTrie roles, LexiconTrie agencies, LexiconTrie context, LexiconTrie surnames,
            LexiconTrie numerals, LexiconTrie patterns) {
        LexiconPatterns compiled = new LexiconPatterns(patterns, Set.of(DATE, DAY), numerals, context);
        Pattern date = compiled.get(DATE);
        this.vocabulary = CreditVocabulary.of(roles, agencies, context, date, surnames);
        CreditNames names = new CreditNames(roles, surnames, vocabulary.outletSuffixes(), context.words(BylineContext.STAFF));
        this.dateline = new DatelineCredit(vocabulary, names, date, compiled.get(DAY));
        this.opening = new OpeningCredit(vocabulary, names, agencies);
        this.closing = new ClosingCredit(names, vocabulary, opening);
        this.nameOnly = new NameOnlyCredit(names);
    }

    private static CreditGrammar builtIn;

    /** The grammar of the built-in lexicons, read once: for the pure function {@link Reflow#reflow(String)} and tests. */
    public static synchronized CreditGrammar builtIn() {
        if (builtIn == null) {
            builtIn = new CreditGrammar(LexiconTrie.read(LexiconFile.BYLINE_ROLES.builtIn()), LexiconTrie.read(LexiconFile.BYLINE_AGENCIES.builtIn()),
                    LexiconTrie.read(LexiconFile.BYLINE_CONTEXT.builtIn()), LexiconTrie.read(LexiconFile.SURNAMES.builtIn()),
                    LexiconTrie.read(LexiconFile.NUMERALS.builtIn()), LexiconTrie.read(LexiconFile.BYLINE_PATTERNS.builtIn()));
        }
        return builtIn;
    }

    /** The credit-line model that page layout reads lines with. */
    public CreditVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The credits of one paragraph, {@code text[start, end)}, in text order: an opening one (a
     * dateline, a credit line or a name alone) and a closing bracket, at most one of each.
     *
     * @param afterBody whether the text before the paragraph ends a sentence or a credit (a bracket of
     *        names or a marked name alone then credits)
     * @param endsArticle whether the paragraph ends its article (a name alone credits only there)
     */
    public List<Credit> find(String text, int start, int end, boolean afterBody, boolean endsArticle) {
        List<Credit> found = new ArrayList<>(2);
        int p = vocabulary.skipMarks(text, start, end);
        Credit first = dateline.read(text, vocabulary.afterColumnLabel(text, p, end), end);
        if (first == null) {
            first = opening.read(text, p, end);
        }
        if (first == null && afterBody && endsArticle) {
            first = nameOnly.read(text, p, end); // 秦 越, or ■秦越 on a line of its own
        }
        int from = start;
        if (first != null) {
            found.add(first);
            from = Math.max(from, first.end());
        }
        Credit last = closing.find(text, from, end, afterBody && from == start);
        if (last != null) {
            found.add(last);
        }
        return found;
    }

    /**
     * Reads the parts of a credit already found at {@code p} in its {@code position} (agency, place,
     * date, names), its line ending at {@code lineEnd}; null when it does not read as one.
     */
    public Credit read(Position position, String text, int p, int lineEnd) {
        return reader(position).read(text, p, lineEnd);
    }

    /** The reader of the credits of {@code position}. */
    public CreditReader reader(Position position) {
        return switch (position) {
            case DATELINE -> dateline;
            case OPENING -> opening;
            case CLOSING, CAPTION -> closing;
            case NAME_ONLY -> nameOnly;
        };
    }

}
